package answer

import "testing"

// TestFrequencyChanged checks that a claim which changes how often
// something happens is not supported, while the same frequency in other
// words is.
func TestFrequencyChanged(t *testing.T) {
	e := offlineEngine(t, `Ferry timetable at Oskel

The harbour ferry now crosses every hour, and the cargo barge calls every six months.

Divers inspect the pier once a week, the harbourmaster said.

The lighthouse keeper files a log with the port board every quarter, where it used to be yearly.

The old crane is oiled every three-month cycle, and its cable is replaced each year.
`)
	checkSupport(t, e, []supportCase{
		{"day for hour", "The harbour ferry now crosses every day.", 2, false},
		{"monthly for six months", "The cargo barge calls monthly.", 2, false},
		{"three for six months", "The cargo barge calls every three months.", 2, false},
		{"hourly", "The harbour ferry now crosses hourly.", 2, true},
		{"fortnight for week", "Divers inspect the pier every fortnight.", 3, false},
		{"weekly", "Divers inspect the pier weekly.", 3, true},
		{"month for quarter", "The lighthouse keeper files a log with the port board every month.", 4, false},
		{"quarterly", "The lighthouse keeper files a log with the port board quarterly.", 4, true},
		{"span in other words", "The old crane is oiled every three months.", 5, true},
		{"no frequency in claim", "The old crane's cable is replaced.", 5, true},
	})
}
