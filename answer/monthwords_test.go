package answer

import "testing"

// monthArticle writes its months short, as wire copy does.
const monthArticle = `Ferry timetable to change in winter

The operator said the winter timetable would start on Dec. 6 and run until the last week of Feb. 2027.

Fares will rise by 4 percent from Jan. 3, the first rise since Aug. 2023, the operator said.

Crew rosters were agreed with the union on Nov. 20 after talks that lasted three weeks.
`

// TestMonthShortForms checks that a claim's month in full is found in its
// short form ("December" in "Dec. 6"), and that the window still supports
// the claim.
func TestMonthShortForms(t *testing.T) {
	e := offlineEngine(t, monthArticle)
	tests := []struct {
		claim, month string
		para         int
	}{
		{"A reduced service begins on the sixth of December.", "decemb", 2},
		{"Prices go up from the third of January.", "januari", 3},
		{"Fares went up in August 2023.", "august", 3},
	}
	for _, tt := range tests {
		c := e.claimInfo(tt.claim)
		p, _ := e.art.Paragraph(tt.para)
		j := e.best(c, p.Sentences)
		i := indexOf(c.terms, tt.month)
		if i < 0 || j.missed&(1<<i) != 0 || !j.supports() {
			t.Errorf("¶%d for %q: month term %q at %d missed (%b), supports %v", tt.para, tt.claim, tt.month, i, j.missed, j.supports())
		}
	}
	checkSupport(t, e, []supportCase{{"another month", "A reduced service begins on the sixth of November.", 2, false}})
}
