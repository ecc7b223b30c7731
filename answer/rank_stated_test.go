package answer

import "testing"

// TestRankChanged checks that a claim which changes a rank the passage
// gives is not supported, though the passage has the rank's figure as a
// count of something else, while the same rank in other words is.
func TestRankChanged(t *testing.T) {
	e := offlineEngine(t, `Cup tie at Oskel

Berg equalised 14 minutes later with a volley, her ninth goal of the season, and the home side rallied.

The Fifth Street depot opened 2 years ago, the twenty-first in the region.
`)
	checkSupport(t, e, []supportCase{
		{"fourteenth for ninth", "Berg's volley was her fourteenth goal of the season.", 2, false},
		{"ninth", "Berg's volley was her ninth goal of the season.", 2, true},
		{"9th", "Berg's volley was her 9th goal of the season.", 2, true},
		{"second for twenty-first", "The Fifth Street depot was the second in the region.", 3, false},
		{"21st", "The Fifth Street depot was the 21st in the region.", 3, true},
	})
}
