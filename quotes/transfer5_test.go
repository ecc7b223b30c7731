package quotes

import (
	"reflect"
	"testing"
)

// TestOwnersAndNamesakes covers the mechanisms the fifth round was told the
// second blind set fails on, each in made-up sentences.
func TestOwnersAndNamesakes(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a statement read out by someone else is its owner's",
			[]string{
				"Police named the drowned man as Colin Marsh, 44.",
				"In a statement read by Inspector Dana Whitlow outside the station, his family said: “Colin was the kindest man we knew.”",
				"Whitlow said divers had searched the reservoir for six hours. “The water was very cold,” she said.",
				"“He lived for his children,” the family's statement, read by Whitlow, said.",
			},
			[]string{"the Marsh family: Colin was the kindest man we knew.", "Dana Whitlow: The water was very cold", "the Marsh family: He lived for his children"}},
		{"a statement read out after a colon that ends the paragraph, running over paragraphs",
			[]string{
				"Colin Marsh, 44, was last seen on Sunday.",
				"Inspector Dana Whitlow, who leads the inquiry, then read a statement on behalf of the Marsh family:",
				"“Colin loved the water. He swam there every week.",
				"“We ask anyone who saw him to call the police.”",
				"Whitlow said divers would return on Friday. “We will not stop,” she said.",
			},
			[]string{"the Marsh family: Colin loved the water. He swam there every week.", "the Marsh family: We ask anyone who saw him to call the police.", "Dana Whitlow: We will not stop"}},
		{"a relative introduced by a possessive is the namesake's, not the last person named",
			[]string{
				"Nell Garvey, 19, has been missing since Friday.",
				"Sgt. Robin Achterberg, who is leading the search, read a statement from the college: “Nell is a careful student.”",
				"Her brother, Owen Garvey, flew home from Lisbon. Achterberg said the dogs had found nothing. “We go again at dawn,” he said.",
			},
			[]string{"the college: Nell is a careful student.", "Robin Achterberg: We go again at dawn"}},
		{"a second that clause joined by and is the main verb's subject's",
			[]string{
				"Sgt. Robin Achterberg briefed reporters at noon.",
				"He said a farmer had reported seeing a red tent near the weir, and that officers regarded the report as “promising but thin.”",
			},
			[]string{"Robin Achterberg: promising but thin."}},
		{"a memo's words belong to whoever wrote it",
			[]string{
				"Finance director Ruth Okafor warned staff in March. In an internal memo, Okafor wrote that the budget was “not survivable beyond June”.",
				"The memo, signed by chief executive Paul Lind, told managers to “freeze every vacancy now”.",
				"An email sent by Lind to the board on Friday said: “We will need the reserves.”",
			},
			[]string{"Ruth Okafor: not survivable beyond June", "Paul Lind: freeze every vacancy now", "Paul Lind: We will need the reserves."}},
		{"a document with no verb of speech is its author's; one read out or received is not",
			[]string{
				"Chief executive Paul Lind and finance director Ruth Okafor met the board.",
				"A letter written by Okafor to shareholders was blunt: “The dividend is gone.”",
				"A memo seen by Lind on Monday said the plan was “dead on arrival”.",
			},
			[]string{"Ruth Okafor: The dividend is gone.", ": dead on arrival"}},
		{"a document's words are its author's whatever its verb, and the memo later is the same memo",
			[]string{
				"Chief executive Paul Lind and finance director Ruth Okafor met the board.",
				"A memo to the audit panel in May, signed by the finance director, Ruth Okafor, ranks the depot among nine projects “parked until the cash returns.”",
				"The memo says the delay carries “an acceptable level of risk.”",
			},
			[]string{"Ruth Okafor: parked until the cash returns.", "Ruth Okafor: an acceptable level of risk."}},
		{"a document signed by an office in title case, then a name",
			[]string{
				"A letter to tenants in March, signed by the Director of Housing, Ivo Brandt, puts the repairs “at the back of a long queue.”",
				"The letter says the boilers are “safe for one more winter.”",
			},
			[]string{"Ivo Brandt: at the back of a long queue.", "Ivo Brandt: safe for one more winter."}},
		{"a second engineer is not the named one",
			[]string{
				"Engineer Tamsin Hale said the bolts had rusted through. “I flagged it twice,” Hale said.",
				"A second engineer, who asked not to be named, said the warnings were ignored. “Nobody read the reports,” the engineer said.",
				"Another engineer said: “We all knew.”",
			},
			[]string{"Tamsin Hale: I flagged it twice", "a second engineer: Nobody read the reports", "another engineer: We all knew."}},
		{"two people with one first name: a bare first name goes to the one last named by it",
			[]string{
				"Amira Sallow runs the bakery. Her cousin Amira Benn runs the café next door.",
				"“We share the ovens,” said Amira Benn.",
				"Sallow disagreed. “They share my ovens,” Sallow said.",
				"“It works,” Benn said.",
			},
			[]string{"Amira Benn: We share the ovens", "Amira Sallow: They share my ovens", "Amira Benn: It works"}},
		{"a speaker named by age and town",
			[]string{
				"Councillor Harriet Vane said the bus route would close.",
				"A 67-year-old retired postman from Lowbridge said he would be stranded. “I have no car and no neighbours,” he said.",
			},
			[]string{"a 67-year-old retired postman from Lowbridge: I have no car and no neighbours"}},
		{"an unnamed source stays whom he means through a sentence he opens",
			[]string{
				"Lorna Beck, who runs the ferry kiosk, says trade is down. “We sold forty teas all week,” says Beck.",
				"A retired welder from Dunmore, who fishes off the pier most mornings, says the new railings are too high. But he keeps coming. “The mackerel don't mind,” he says.",
			},
			[]string{"Lorna Beck: We sold forty teas all week", "a retired welder from Dunmore: The mackerel don't mind"}},
		{"a place of two words in the source's description is not a person the sentence is about",
			[]string{
				"A 70-year-old lock keeper from Upper Brede, who has worked the gates since 1979, says the new sluice is too slow. But she still opens it by hand. “It takes me an hour,” she says.",
			},
			[]string{"a 70-year-old lock keeper from Upper Brede: It takes me an hour"}},
		{"a quotation after a dash or in brackets is the clause's subject's",
			[]string{
				"Tomasz Wilk, 61, has mended nets on the slipway since 1988. His nephew, Piotr Wilk, 30, sells the catch online.",
				"Nets used to last a season. Now they tear in a month — he holds up a ragged corner — “and the plastic in the water does it.”",
				"Piotr Wilk, loading crates into the van, has his own view of the future (“sell before the fish do”). His uncle shrugs.",
				"Dora Finch has kept the chandlery open for 30 years, and she is blunt about why she stays — “nobody else would.”",
			},
			[]string{"Tomasz Wilk: and the plastic in the water does it.", "Piotr Wilk: sell before the fish do", "Dora Finch: nobody else would."}},
		{"a word described as what someone called it",
			[]string{
				"The queue stretched round the block. Owner Ana Ruiz apologised.",
				"“Disgraceful” was how one diner described the wait. “A bit steep” is what a second diner called the bill.",
				"“Worth it” was how Ruiz put it.",
			},
			[]string{"a diner: Disgraceful", "a second diner: A bit steep", "Ana Ruiz: Worth it"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
