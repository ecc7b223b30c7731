package answer

import "testing"

// TestCauseChanged checks that a claim naming another cause than the
// window's is not supported, while the window's cause in other words is.
func TestCauseChanged(t *testing.T) {
	e := offlineEngine(t, `Power cut on the Brenlow estate

The four-hour power cut that left 900 homes on the Brenlow estate cold on Sunday was caused by a faulty transformer at the Quarry Lane substation, the network operator said.

Residents of Pellow Court blamed the slow repairs on a shortage of engineers over the holiday weekend.
`)
	tests := []supportCase{
		{"another cause", "The power cut on the Brenlow estate was caused by a storm, the network operator said.", 2, false},
		{"another cause blamed", "Residents of Pellow Court blamed the slow repairs on the frost over the holiday weekend.", 3, false},
		{"the window's cause", "The power cut on the Brenlow estate was caused by a defective transformer, the network operator said.", 2, true},
		{"the window's cause blamed", "Pellow Court residents blamed the slow repairs on a lack of engineers.", 3, true},
	}
	checkSupport(t, e, tests)
}
