package answer

import "testing"

// TestCountsSwapped checks that a claim which swaps two figures of its
// source between the things they count is not supported, while the same
// figures on the same things are, and one figure said again for another
// thing is left to the other checks.
func TestCountsSwapped(t *testing.T) {
	e := offlineEngine(t, `Bridge survey in Askern

Inspectors found cracked bearings on three of the town's footbridges in each of the last four winters.
`)
	checkSupport(t, e, []supportCase{
		{"swapped", "Cracked bearings turned up on four of the town's footbridges in each of the last three winters.", 2, false},
		{"kept", "For four winters running, inspectors found cracked bearings on three of the town's footbridges.", 2, true},
	})
}
