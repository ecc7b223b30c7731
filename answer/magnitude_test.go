package answer

import "testing"

// TestMagnitudeChanged checks that a claim which changes the order of a
// rough figure is not supported, while the same order in other words, or
// a figure within it, is.
func TestMagnitudeChanged(t *testing.T) {
	e := offlineEngine(t, `Dock fire at Oskel

Chief executive Mira Holt said the repairs would run to "tens of millions of euros" and that she was sorry.

Dozens of boats were damaged, the harbourmaster said.

Hundreds of volunteers came, and 340 of them stayed overnight to clear the quay.
`)
	checkSupport(t, e, []supportCase{
		{"hundreds for tens", "Mira Holt said the repairs would run to hundreds of millions of euros.", 2, false},
		{"tens", "Mira Holt said the repairs would run to tens of millions of euros.", 2, true},
		{"millions holds tens of millions", "Mira Holt said the repairs would run to millions of euros.", 2, true},
		{"hundreds for dozens", "Hundreds of boats were damaged.", 3, false},
		{"dozens", "Dozens of boats were damaged.", 3, true},
		{"thousands for hundreds", "Thousands of volunteers came to clear the quay.", 4, false},
		{"a figure within", "Hundreds of volunteers stayed overnight to clear the quay.", 4, true},
	})
}
