package answer

import "testing"

// A made-up regional story: a quoted grower and his sister, who is only
// mentioned; a cooperative that speaks, a buyer that "has not said", and
// an office named with its holder in apposition.
const silentOrchard = `Cider growers split over new press
Apple grower Tobias Wren said the new press at Elderby would cut his costs by a third. "We have waited ten years for this," Wren said.
His sister, Maud, who keeps bees on the same farm, has signed up for the press as well, he said.
The Elderby Growers Cooperative said in a statement that the press would open in September.
Its main buyer, the Fallow Brook Cider Company, has not said whether it will take more fruit.
The Warden of Elderby College, Dr Ines Falk, opened the press on Friday. Falk said the village welcomed it.
Kettle Presses Ltd, a subsidiary of Oakhurst Holdings Group, said in a statement that the press was ready. Oakhurst Holdings Group did not respond to requests for comment.
The Brindle Fruit Exchange, which buys from most of the growers, is named in the plan.
The loans came from Mossgate Credit Union. A spokeswoman for the union said more would follow.
Ada Lusk, an engineer at Perrin Tooling Group, said the press was sound.
A history of the orchards by Ruth Amsel, a historian at the college, who argues that cider saved the village, went on sale.`

func TestSilentOrganisationsAndKin(t *testing.T) {
	e := offlineEngine(t, silentOrchard)
	checkSilentPerson(t, e, []silentCase{
		// A given name picks the mentioned sister, not the quoted
		// brother who shares her surname.
		{"What did Maud Wren say about the press?", "Maud Wren"}, // his sister, named by her given name alone, has his family name
		{"What did Tobias Wren say about the press?", ""},
		// An organisation that "has not said" has no words to give;
		// one with a statement has.
		{"What did the Fallow Brook Cider Company say about the fruit?", "Fallow Brook Cider Company"},
		{"What did the Elderby Growers Cooperative say about the press?", ""},
		// A body named inside another's appositive does not speak;
		// a relative clause after a name is that person's.
		{"What did Oakhurst Holdings Group say about the press?", "Oakhurst Holdings Group"},
		{"What does Ruth Amsel argue about cider?", ""},
		// A body the article only names, whose words it never gives
		// in any form, is silent (orgMute); one whose spokesperson
		// stands beside the kind of body it is ("a spokeswoman for the
		// union") or whose staff speak ("an engineer at …") is not.
		{"What did the Brindle Fruit Exchange say about the press?", "Brindle Fruit Exchange"},
		{"What did Mossgate Credit Union say about the loans?", ""},
		{"What did Perrin Tooling Group say about the press?", ""},
		// An office named with its holder speaks through her.
		{"What did the Warden of Elderby College say?", ""},
	})
}

// silentCase is a speech question and the name silentPerson should
// return for it ("" when the article gives the subject's words).
type silentCase struct{ q, want string }

func checkSilentPerson(t *testing.T, e *Engine, tests []silentCase) {
	t.Helper()
	for _, tt := range tests {
		if got := e.silentPerson(tt.q); got != tt.want {
			t.Errorf("silentPerson(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
