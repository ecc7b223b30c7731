package answer

import "testing"

// TestUndoneSlot checks that a claim stating as done what its passage has
// only promised, put off or refused on the same object is not supported,
// while a claim that keeps the passage's verb, or a done verb the passage
// states, is.
func TestUndoneSlot(t *testing.T) {
	e := offlineEngine(t, `The Quellmoor assembly

The Quellmoor assembly adjourned debate on the Harbour Dredging Charter until spring after a walkout.

The province has pledged 900 bales of straw to the flooded parishes, the relief office said.

The ferry board signed the Tollcross lease on Monday.

The warden said she would press the mill to keep the sluice shut for the eels.
`)
	checkSupport(t, e, []supportCase{
		{"passed for adjourned", "The Quellmoor assembly passed the Harbour Dredging Charter.", 2, false},
		{"adjourned as stated", "The Quellmoor assembly adjourned debate on the Harbour Dredging Charter.", 2, true},
		{"delivered for pledged", "The province has delivered 900 bales of straw to the flooded parishes.", 3, false},
		{"pledged as stated", "The province has pledged 900 bales of straw to the flooded parishes.", 3, true},
		{"agreed for pressed", "The mill had agreed to keep the sluice shut.", 5, false},
		{"done verb stated", "The ferry board signed the Tollcross lease on Monday.", 4, true},
	})
}
