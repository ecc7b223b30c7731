package answer

import "testing"

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
