package answer

import (
	"slices"
	"testing"

	"articlebot/lexicon"
)

// A made-up story of a failed bakery chain: its founding, its debts and a
// refund are told in words other than the phrasal verbs a reader asks
// with, and an insurer's refusal opens with "It".
const paraphraseBakery = `Bakery chain collapses owing suppliers
Crumbwell Bakeries Ltd was founded on 3 March 2011 by Orla Pennick, a former pastry chef.
The chain went into administration last week with debts of about £2.1 million, its accounts show.
Tamsin Vey bought a wedding cake from the chain and claimed the cost from her insurer, Harrowgate Mutual. It refused, because the order had been placed in her sister's name.
After a complaint, Harrowgate Mutual refunded £640 to Ms Vey in October.
The chain's ovens will be sold at auction in the spring.`

func TestPhrasalVerbParaphrases(t *testing.T) {
	e := offlineEngine(t, paraphraseBakery)
	checkAnswerable(t, e, []answerableCase{
		// "set up" is "founded"; "owe" is "debts"; "pay back" is
		// "refunded"; "turn down" is "refused".
		{"When was Crumbwell Bakeries set up?", true},
		{"Who set up Crumbwell Bakeries?", true},
		{"How much did Crumbwell Bakeries owe?", true},
		{"How much did Harrowgate Mutual pay back?", true},
		{"Why did Harrowgate Mutual turn down the claim?", true},
		// What the article does not state stays unanswered.
		{"How much did Crumbwell Bakeries pay its bakers?", false},
		{"When did Orla Pennick step down?", false},
	})
}

// "Short of money" is a shortfall, a deficit or a gap in a budget.
func TestShortOfParaphrase(t *testing.T) {
	e := offlineEngine(t, `Museum cuts opening hours
The Ferrow Museum will close on Mondays from April, its director said on Friday.
The director, Alma Kurt, said the museum faced a £300,000 shortfall because insurance costs had doubled.
The museum's café will stay open.`)
	checkAnswerable(t, e, []answerableCase{
		{"Why is the museum short of money?", true},
	})
}

func TestParaphrasesTable(t *testing.T) {
	for _, tt := range []struct {
		verb, next, want string
	}{
		{"set", "up", "founded"},
		{"paid", "back", "refunded"},
		{"turned", "down", "refused"},
		{"owes", "", "debts"},
		{"owe", "the", "debts"}, // no phrase: the verb's nouns
		{"short", "of", "shortfall"},
	} {
		if got := lexicon.Paraphrases(tt.verb, tt.next); !slices.Contains(got, tt.want) {
			t.Errorf("Paraphrases(%q, %q) = %v, want %q among them", tt.verb, tt.next, got, tt.want)
		}
	}
	if got := lexicon.Paraphrases("carried", "the"); got != nil {
		t.Errorf("Paraphrases(carried, the) = %v, want nil", got)
	}
}

func TestItOpensADeed(t *testing.T) {
	e := offlineEngine(t, paraphraseBakery+"\nHarrowgate Mutual has 40 branches. It is not clear how many customers it has.")
	q := "Why did Harrowgate Mutual refuse the claim?"
	r, err := e.retrieve(t.Context(), q, e.sources)
	if err != nil {
		t.Fatal(err)
	}
	f := e.focusOf(q, r.speakers)
	for _, tt := range []struct {
		first, rest string
		want        bool
	}{
		{"It", "refused, because …", true},
		{"It", "is not clear how many …", false},
		{"Its", "branches …", false}, // possessiveOf's own case
	} {
		if got := e.itOf(f, tt.first, tt.rest); got != tt.want {
			t.Errorf("itOf(%q %q) = %v, want %v", tt.first, tt.rest, got, tt.want)
		}
	}
	// "It" never stands for a person the question asks about.
	q = "Why did Tamsin Vey complain?"
	r, err = e.retrieve(t.Context(), q, e.sources)
	if err != nil {
		t.Fatal(err)
	}
	if e.itOf(e.focusOf(q, r.speakers), "It", "refused, because …") {
		t.Errorf("itOf: an opening It taken for a person")
	}
}
