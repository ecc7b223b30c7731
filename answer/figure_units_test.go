package answer

import "testing"

// TestUnitChanged checks that a claim which keeps a figure of its source
// but writes it in another unit, or as a share instead of a count, is not
// supported, while the same figure in the same unit, another spelling of
// it, or without its unit is.
func TestUnitChanged(t *testing.T) {
	e := offlineEngine(t, `Reservoir works at Tollen

The flooded valley covers about 3,400 hectares and the new dam is 85 metres tall.

The trust raised £75,000 from local donors last spring.

Some 23% of the households in Tollen draw water from private wells.

Inspectors visited 17 farms along the river in March.
`)
	checkSupport(t, e, []supportCase{
		{"acres for hectares", "The flooded valley covers about 3,400 acres.", 2, false},
		{"feet for metres", "The new dam is 85 feet tall.", 2, false},
		{"same unit", "The new dam stands 85 metres high.", 2, true},
		{"other spelling", "The flooded valley spans roughly 3,400 hectares.", 2, true},
		{"dollars for pounds", "Local donors gave the trust $75,000 last spring.", 3, false},
		{"same currency in words", "Local donors gave the trust 75,000 pounds last spring.", 3, true},
		{"count for share", "Some 23 households in Tollen draw water from private wells.", 4, false},
		{"share in words", "Some 23 per cent of the households in Tollen draw water from private wells.", 4, true},
		{"share for count", "Inspectors visited 17% of the farms along the river in March.", 5, false},
		{"count kept", "In March inspectors went to 17 farms along the river.", 5, true},
	})
}
