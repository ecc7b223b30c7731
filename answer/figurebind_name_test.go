package answer

import "testing"

// TestFigureBeforeANumberedName checks that a claim's figure is not bound
// to the word of a name with a number right after it ("forty-eight
// thousand Pulse 2 speakers": "Pulse" is the 2's), while a figure bound to
// another time in the source still fails.
func TestFigureBeforeANumberedName(t *testing.T) {
	e := offlineEngine(t, `Speaker recall

Varrow Audio has stopped selling its Pulse 2 speaker and will recall about 48,000 units after reports of overheating.

The firm sold 9,000 chargers in May, and recalled the Pulse 1 speaker in June.
`)
	checkSupport(t, e, []supportCase{
		{"a numbered name after the figure", "Some forty-eight thousand Pulse 2 speakers will be recalled by Varrow Audio.", 2, true},
		{"a figure bound to other things", "Varrow Audio sold nine thousand Pulse 1 chargers in June.", 3, false},
	})
}
