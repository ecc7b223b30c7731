package answer

import (
	"slices"
	"testing"
)

func TestOrdinalTimes(t *testing.T) {
	tests := []struct {
		text string
		want []timedFigure
	}{
		{"Pickets stood outside the mill gates for a third day on Friday.", []timedFigure{{3, "day"}}},
		{"Harcastle Town won the title for a fifth straight year.", []timedFigure{{5, "year"}}},
		{"the 12th consecutive week of rain", []timedFigure{{12, "week"}}},
		{"a ledger from the fifteenth century", []timedFigure{{15, "century"}}},
		{"a fourth of the budget", nil},
		{"on the 22nd of May", nil},
	}
	for _, tt := range tests {
		if got := ordinalTimes(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("ordinalTimes(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestOrdinalsOfTime checks that a source's "for a third day" states a
// count of three days, and that an ordinal century states no count of
// months.
func TestOrdinalsOfTime(t *testing.T) {
	e := offlineEngine(t, `Mill strike enters third day

Pickets stood outside the Brennock mill gates for a third day on Friday, the union said, as talks with the owners stalled.

Live updates, 14:05 — Harcastle Town have topped the county league for a sixth consecutive week after Saturday's draw.

The archive's oldest item, a tithe ledger from the fifteenth century, goes on show next week. Cataloguing the collection took 15 months, the archivist said.
`)
	checkSupport(t, e, []supportCase{
		{"a count said as an ordinal (wire copy)", "Pickets have been at the Brennock mill gates for three days.", 2, true},
		{"a count of weeks (live blog)", "Harcastle Town have been top of the county league for six weeks.", 3, true},
		{"another count", "Pickets have been at the Brennock mill gates for four days.", 2, false},
	})
	c := e.claimInfo("Cataloguing the archive took fifteen months.")
	p, _ := e.art.Paragraph(4)
	ix := e.evidence.get(e.art, e.quotes)
	for _, id := range p.Sentences {
		if j := e.judgeWindow(c, []int{id}); j.figures != containsFigure(ix.sents[id].times, timedFigure{15, "month"}) {
			t.Errorf("figures of %q against sentence %d = %v; want them only where the months are", c.text, id, j.figures)
		}
	}
}

// containsFigure reports whether ts holds t.
func containsFigure(ts []timedFigure, t timedFigure) bool { return slices.Contains(ts, t) }
