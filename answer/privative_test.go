package answer

import "testing"

// TestPrivativeVerb checks that a claim's "lost their jobs" is stated by
// a window's "without jobs", while "did not lose their jobs" still
// contradicts it.
func TestPrivativeVerb(t *testing.T) {
	e := offlineEngine(t, `Mill closures

The closure left about 300 workers at the Dellow mill without jobs.

About 120 workers at the Harrow mill did not lose their jobs after the sale.
`)
	checkSupport(t, e, []supportCase{
		{"lost is without", "About 300 workers at the Dellow mill lost their jobs.", 2, true},
		{"did not lose", "About 120 workers at the Harrow mill lost their jobs after the sale.", 3, false},
	})
}
