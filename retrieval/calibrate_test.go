package retrieval

import (
	"fmt"
	"slices"
	"testing"
)

// TestSampledPairsMatchesEnumeration holds the row-skipping walk to the
// pairs a plain enumeration of every pair would take, so the baseline (and
// every threshold calibrated on it) does not depend on how it is computed.
func TestSampledPairsMatchesEnumeration(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 40, 101, 350} {
		for _, step := range []int{1, 2, 3, 17, 600, 100000} {
			t.Run(fmt.Sprintf("n=%d,step=%d", n, step), func(t *testing.T) {
				var want [][2]int
				k := 0
				for i := 0; i < n; i++ {
					for j := i + 1; j < n; j++ {
						if k++; k%step == 0 {
							want = append(want, [2]int{i, j})
						}
					}
				}
				var got [][2]int
				sampledPairs(n, step, func(i, j int) { got = append(got, [2]int{i, j}) })
				if !slices.Equal(got, want) {
					t.Errorf("got %d pairs %v, want %d pairs %v", len(got), head(got), len(want), head(want))
				}
			})
		}
	}
}

func head(ps [][2]int) [][2]int { return ps[:min(len(ps), 5)] }
