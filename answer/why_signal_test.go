package answer

import "testing"

// A why-question's verb is the part most often said in other words: a
// sentence about the question's subject that gives a reason does not count
// the verb as absent; a reason about someone else, or a sentence that gives
// none, still does.
func TestWhyInOtherWordsKeepsTheVerb(t *testing.T) {
	const text = "Bakers strike at Hollin Mill\n\nThe bakers at Hollin Mill stopped work on Monday because the owners cut their overtime pay.\n\nThe owners of the mill, who also run a flour depot, hired drivers last spring because sales grew.\n\nThe bakers stopped work once before, in 2019.\n"
	for _, tc := range []struct {
		q, sentence string
		absent      bool
	}{
		{"Why did the bakers walk out?", "because the owners cut their overtime pay", false},
		{"Why did the bakers walk out?", "stopped work once before", true},
		{"Why did the bakers walk out?", "hired drivers last spring because sales grew", true},
	} {
		x := signalsFor(t, text, tc.q, tc.sentence)
		if got := x[16] == 1; got != tc.absent {
			t.Errorf("%q on %q: verb absent = %v, want %v (signals %v)", tc.q, tc.sentence, got, tc.absent, x)
		}
	}
}
