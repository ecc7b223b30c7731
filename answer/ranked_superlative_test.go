package answer

import "testing"

// TestRankDropped checks that a claim which drops the rank of a
// superlative ("the wettest" for "the third-wettest") is not supported,
// while the ranked superlative is.
func TestRankDropped(t *testing.T) {
	e := offlineEngine(t, `Rainfall at Corriebeg

The gauge at Corriebeg recorded the third-wettest October since records began in 1911.
`)
	checkSupport(t, e, []supportCase{
		{"rank dropped", "The gauge at Corriebeg recorded the wettest October since records began in 1911.", 2, false},
		{"rank kept", "Corriebeg's gauge logged its third-wettest October since 1911, when records began.", 2, true},
	})
}
