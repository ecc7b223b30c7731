package answer

import (
	"slices"
	"testing"

	"articlebot/retrieval"
)

// TestNegationWordInsideALetteredName checks that a name with letters
// beyond ASCII beside a negation's letters ("Norðby", "Bråno") is no
// negation: Go's \b would see "nor" and "no" in them.
func TestNegationWordInsideALetteredName(t *testing.T) {
	e := offlineEngine(t, `Bakery notes

One bakery outside Norðby now sells 900 loaves on an ordinary Monday.

A ferry from Bråno now carries 40 cars on each crossing.

The bakery outside Hallow does not sell loaves on a Monday.
`)
	checkSupport(t, e, []supportCase{
		{"nor inside a name", "One bakery now sells nine hundred loaves on an ordinary Monday.", 2, true},
		{"no ending a name", "A ferry now carries forty cars on each crossing.", 3, true},
		{"a negation still negates", "The bakery outside Hallow sells loaves on a Monday.", 4, false},
	})
}

// TestTwoWordNegators checks that a negation of two words ("ruled out",
// "turned down") negates the words after it in a passage, as "not" does,
// and not the words before it.
func TestTwoWordNegators(t *testing.T) {
	for _, tc := range []struct{ text, negated, plain string }{
		{"The inspector ruled out arson for now but said the wiring would be tested.", "arson", "inspector"},
		{"The board turned down the bid from Pellam Freight on Monday.", "bid", "board"},
	} {
		got := negatedTerms(tc.text)
		if !slices.Contains(got, retrieval.Terms(tc.negated)[0]) || slices.Contains(got, retrieval.Terms(tc.plain)[0]) {
			t.Errorf("negatedTerms(%q) = %v; want %q negated and %q not", tc.text, got, tc.negated, tc.plain)
		}
	}
}
