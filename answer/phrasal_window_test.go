package answer

import "testing"

// TestPhrasalVerbOfThePassage checks that a passage's phrasal verb states
// a claim's one word: "turned down" the claim's "refused" (the lexicon's
// table, in full), "turned it down" with the object between, and that a
// verb without its particle ("turned to") states nothing of the kind; and
// that a claim's phrasal verb from the table ("set up") is stated by the
// passage's one word ("founded"), which WordNet does not give for it.
func TestPhrasalVerbOfThePassage(t *testing.T) {
	e := offlineEngine(t, `Quarry permit

The county planning board turned down the Lindqvist quarry permit on Tuesday.

Ostrava Minerals asked for a second hearing, and the board turned it down as well.

Residents then turned to the regional court for advice.

Her cousin founded the Ostrava Minerals company in 1998.
`)
	for _, tt := range []struct {
		claim, term string
		para        int
		want        bool
	}{
		{"The board refused the quarry permit.", "refus", 2, true},
		{"The board refused a second hearing.", "refus", 3, true},
		{"Residents refused the court's advice.", "refus", 4, false},
		{"Her cousin set up the company.", "set", 5, true},
	} {
		if got, cov := termCredited(t, e, tt.claim, tt.term, tt.para); got != tt.want {
			t.Errorf("¶%d credits %q of %q = %v (coverage %.2f), want %v", tt.para, tt.term, tt.claim, got, cov, tt.want)
		}
	}
}
