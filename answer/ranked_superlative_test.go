package answer

import "testing"

// TestRankDropped checks that a claim which drops the rank of a
// superlative ("the driest" for "the third-driest") is not supported,
// while the ranked superlative is.
func TestRankDropped(t *testing.T) {
	e := offlineEngine(t, `Rainfall at Corriebeg

The station at Corriebeg logged the third-driest spring since readings started in 1931.
`)
	checkSupport(t, e, []supportCase{
		{"rank dropped", "The station at Corriebeg logged the driest spring since readings started in 1931.", 2, false},
		{"rank kept", "Corriebeg's station recorded its third-driest spring since 1931, when readings started.", 2, true},
	})
}
