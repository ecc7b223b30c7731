package answer

import "testing"

// TestFigureDenied checks that a figure a source gives only to deny it
// ("not €45") does not support a claim that states it, even a claim whose
// own negation ("without a trailer") meets the source's, while the claim
// that denies it too, and the figure the source does state, are
// supported.
func TestFigureDenied(t *testing.T) {
	e := offlineEngine(t, `Ferry levy explained

Foot passengers ride free, and the levy on a camper van is €9.80 per crossing, not €45.

Harbour dues for trawlers are 14 percent of the catch's value rather than 20 percent.
`)
	checkSupport(t, e, []supportCase{
		{"denied figure stated", "Camper vans without a trailer pay a levy of €45 per crossing.", 2, false},
		{"denied figure denied", "The levy on a camper van is €9.80 per crossing, not €45.", 2, true},
		{"stated figure", "A camper van pays a levy of €9.80 per crossing.", 2, true},
		{"rather than", "Trawlers that are not registered pay harbour dues of 20 percent of the catch's value.", 3, false},
	})
}
