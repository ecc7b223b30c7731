package answer

import (
	"slices"
	"testing"
)

// TestRatioMissing checks that a claim which gives a ratio its passage
// does not give as one is not supported, though the passage has the
// figure counting something else, while the same ratio in other words is.
func TestRatioMissing(t *testing.T) {
	e := offlineEngine(t, `Ferry fares in Brannock

Over the last eight years the crossing to Brannock has become three times more expensive for islanders.

The number of passengers on the night boat has doubled since the timetable changed.

The new berths will cost skippers four times what the old ones cost them.
`)
	checkSupport(t, e, []supportCase{
		{"another ratio", "The crossing to Brannock is eight times more expensive for islanders than it was.", 2, false},
		{"the same ratio", "Over eight years the Brannock crossing became three times as expensive for islanders.", 2, true},
		{"four times what as fourfold", "The new berths mean a fourfold cost for skippers compared with the old ones.", 4, true},
		{"doubled as twice", "The night boat carries twice as many passengers as before the timetable changed.", 3, true},
	})
}

func TestRatios(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"The ice is melting ten times faster.", []float64{10}},
		{"They met three times after the vote.", nil},
		{"Prices rose fourfold.", []float64{4}},
		{"It is twice the size of the old one.", []float64{2}},
	}
	for _, tt := range tests {
		if got := ratios(tt.text, false); !slices.Equal(got, tt.want) {
			t.Errorf("ratios(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}
