package answer

import (
	"slices"
	"testing"
)

func TestClaimDifferences(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"Membership climbed, a rise of fifteen.", []float64{15}},
		{"Fares went up by 3 pounds.", []float64{3}},
		{"It had nine hundred more visitors than the year before.", []float64{900}},
		{"It reopened seven years later.", []float64{7}},
		// A year after "by" is a deadline.
		{"The works are due to finish by 2031.", nil},
		{"The works are due by the summer.", nil},
	}
	for _, tt := range tests {
		if got := claimDifferences(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("claimDifferences(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDifferenceSupports checks that a figure a claim gives as a gap is
// stated by two figures of the window that differ by it, and only then.
func TestDifferenceSupports(t *testing.T) {
	e := offlineEngine(t, `Fellbrook choir

The Fellbrook choir has 64 singers this autumn, up from 49 a year ago, its conductor said.

The chapel where it sings was restored in 1998 and again in 2005.
`)
	checkSupport(t, e, []supportCase{
		{"a rise", "The Fellbrook choir grew to sixty-four singers this autumn, a rise of fifteen.", 2, true},
		{"another rise", "The Fellbrook choir grew to sixty-four singers this autumn, a rise of twenty.", 2, false},
		{"years later", "The chapel was restored in 1998 and again seven years later.", 3, true},
		{"other years later", "The chapel was restored in 1998 and again six years later.", 3, false},
	})
}
