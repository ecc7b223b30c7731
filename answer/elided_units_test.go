package answer

import (
	"slices"
	"testing"
)

func TestElidedUnits(t *testing.T) {
	tests := []struct {
		text string
		want []timedFigure
	}{
		{"The survey will run for 30 months instead of six, its sponsors said.", []timedFigure{{6, "month"}}},
		{"Trams call every 12 minutes at rush hour, down from every 18.", []timedFigure{{18, "minute"}}},
		{"The audit took ten days rather than seven.", []timedFigure{{7, "day"}}},
		// A number with a noun of its own counts that noun.
		{"The crew worked 30 months instead of six contractors.", nil},
		// The period something else is counted over, and a count of
		// something else between.
		{"The river rose 40 centimetres in the 12 hours to dawn, down from 55 the night before.", nil},
		{"The job took 3 weeks and 7 crews, down from 9 last spring.", nil},
		{"Ferries sail every 25 minutes from 4 May, down from every 35.", []timedFigure{{35, "minute"}}},
		// No count of time before the comparison.
		{"The club signed nine players instead of four.", nil},
		// Too far back to be the unit left out.
		{"It took 3 weeks, and then the committee, which had met on many occasions over the long and difficult winter, chose five instead of four.", nil},
	}
	for _, tt := range tests {
		if got := elidedUnits(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("elidedUnits(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestElidedUnitSupports checks that a count of time whose unit a source
// leaves out after a comparison is stated, for a claim that compares too,
// in the unit of the count before it and any unit it converts to, and not
// in another unit.
func TestElidedUnitSupports(t *testing.T) {
	e := offlineEngine(t, `Lock repairs at Dunmoor

The Dunmoor lock repairs will now last 30 months instead of six, the waterways board said.

Once it reopens, barges will pass the lock every 15 minutes, down from every 45.
`)
	checkSupport(t, e, []supportCase{
		{"a half in another unit", "The Dunmoor lock repairs will last two and a half years rather than half a year.", 2, true},
		{"three quarters of an hour", "Once the lock reopens, barges will pass it every 15 minutes instead of every three quarters of an hour.", 3, true},
		{"another unit", "The Dunmoor lock repairs will last 30 months instead of six weeks.", 2, false},
		// The count set aside is no fact of its own.
		{"the count set aside alone", "The Dunmoor lock repairs will last half a year, the waterways board said.", 2, false},
	})
}
