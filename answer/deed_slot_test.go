package answer

import "testing"

// TestDeedReplaced checks that a claim giving its subject another deed
// than the source's, with the same auxiliary, is not supported, while the
// source's own deed, a synonym of it and a claim without an auxiliary
// are.
func TestDeedReplaced(t *testing.T) {
	e := offlineEngine(t, `Ferry depot in Harlowick

The harbour board said on Monday that its engineers had inspected the old ferry ramp at Harlowick and that the county would repair the slipway before the winter timetable starts.

Residents of the quay had petitioned the board for two years, and the board had promised a decision by spring.
`)
	checkSupport(t, e, []supportCase{
		{"other deed, perfect", "The harbour board said its engineers had demolished the old ferry ramp at Harlowick.", 2, false},
		{"other deed, modal", "The harbour board said the county would sell the slipway before the winter timetable starts.", 2, false},
		{"the deed", "The harbour board said its engineers had inspected the old ferry ramp at Harlowick.", 2, true},
		{"synonym", "The harbour board said the county would mend the slipway before the winter timetable starts.", 2, true},
		{"own words", "Residents of the quay had lobbied the board for two years.", 3, true},
	})
}
