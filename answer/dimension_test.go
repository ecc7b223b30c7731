package answer

import "testing"

// A made-up river story: a canal's depth said of the canal with no word
// for depth, a town's distance given in nautical miles with a compass
// point, and a lock whose figure is a width.
const dimensionRiver = `Barges return to the Ostler canal
Freight barges will use the Ostler canal again from May after two years of repairs.
The old canal is kept at 3.8 m along its whole length, the waterways trust said.
Barges will unload at Penmoor, 42 nautical miles off to the south, when the canal is closed for maintenance.
The new lock at Tarry Bridge is 12 m wide.
Trust engineer Owain Pryce said the repairs had cost less than planned.`

func TestDimensionWithoutItsWord(t *testing.T) {
	e := offlineEngine(t, dimensionRiver)
	checkAnswerable(t, e, []answerableCase{
		// The figure is said of the canal: its depth.
		{"How deep is the old canal?", true},
		// A distance in nautical miles, set by a compass point.
		{"How far is Penmoor from the canal?", true},
		// A width is not a depth; nothing is said of the lock's depth.
		{"How deep is the new lock?", false},
		{"How high is the bridge?", false},
	})
}
