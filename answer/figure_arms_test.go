package answer

import "testing"

// TestArmSwapped checks that a claim giving the first figure of a compared
// pair with the second arm's things is not supported, nor one that sets
// the pair the other way round, while claims that keep each figure with
// its own arm, or compare by themselves, are. A passage that only echoes
// the figure does not support the swapped claim either.
func TestArmSwapped(t *testing.T) {
	e := offlineEngine(t, `The Brackenholt regatta

Pellow rowed 71 per cent of her strokes in rhythm, against 64 per cent for Amsel, the judges said.

Herons fished beside the decoys in 23 of 50 dawns, compared with four of 50 dawns on which the decoys stood by a tractor.

The river rose 40 centimetres in the night to Sunday, up from 15 centimetres the night before.

The quay now moors about 180 skiffs, more than double the 85 allowed under the town's 2011 mooring rules.

A warden called 23 of 50 dawns a fair showing for herons, and said tractors come by most dawns.
`)
	checkSupport(t, e, []supportCase{
		{"rival given the figure", "Amsel rowed 71 per cent of her strokes in rhythm.", 2, false},
		{"own figure", "Pellow rowed 71 per cent of her strokes in rhythm.", 2, true},
		{"rival's own figure", "Amsel managed 64 per cent.", 2, true},
		{"other arm's thing", "Herons fished beside the decoys in 23 of 50 dawns by a tractor.", 3, false},
		{"first arm kept", "Herons fished beside the decoys in 23 of 50 dawns.", 3, true},
		{"pair reversed", "The river rose 15 centimetres in the night to Sunday, up from 40 centimetres the night before.", 4, false},
		{"pair as stated", "The river rose 40 centimetres in the night to Sunday, up from 15 the night before.", 4, true},
		{"compares by itself", "The river rose 40 centimetres in the night to Sunday, more than the night before.", 4, true},
		{"echo elsewhere", "Herons fished beside the decoys in 23 of 50 dawns by a tractor.", 6, false},
		{"rules given the count", "The town's 2011 mooring rules allow 180 skiffs.", 5, false},
		{"count as moored", "About 180 skiffs are moored at the quay.", 5, true},
	})
}
