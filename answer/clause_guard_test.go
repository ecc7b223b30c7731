package answer

import "testing"

// ferryArticle puts words of one contrast class in two clauses of one
// sentence, each about something else.
const ferryArticle = `Island ferry disrupted by storm

The ferry that leaves Porthcarrow at 7 p.m. was cancelled on Friday because of high winds, and the morning crossing ran two hours late.

The operator said a replacement boat would be sent from the mainland on Saturday. Passengers with tickets for the cancelled sailing can claim a refund at the harbour office until the end of the month.
`

func TestGuardsReadTheAlignedClause(t *testing.T) {
	e := offlineEngine(t, ferryArticle)
	tests := []supportCase{
		{"a contrast word in a clause about something else", "The evening ferry from Porthcarrow was cancelled on Friday because of high winds.", 2, true},
		{"a contrast word in the clause the claim aligns to", "The evening crossing ran two hours late.", 2, false},
	}
	checkSupport(t, e, tests)
}

// TestOpposedInClause checks a claim word the window holds only in a
// clause about something else, against its opposite in the clause the
// claim aligns to.
func TestOpposedInClause(t *testing.T) {
	e := offlineEngine(t, `Lido reopens after repairs

Attendance at the Fernley lido rose by a quarter in its first summer after the repairs, while ticket prices fell slightly.

The pool will close for two weeks in October so that the new boiler can be tested, the trust said.
`)
	tests := []struct {
		name  string
		claim string
		want  bool
	}{
		{"the opposite in the aligned clause", "Attendance at the Fernley lido fell by a quarter in its first summer after the repairs.", false},
		{"the word in its own clause", "Ticket prices at the lido fell slightly.", true},
		{"the word in the aligned clause", "Attendance at the Fernley lido went up by a quarter after the repairs.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := e.art.Paragraph(2)
			j := e.best(e.claimInfo(tt.claim), p.Sentences)
			if got := j.supports(); got != tt.want {
				t.Errorf("supports %q = %v (coverage %.2f, failed [%s]); want %v", tt.claim, got, j.coverage, j.why, tt.want)
			}
		})
	}
}

// TestSamePointOfAScale checks that two words naming one point of a
// contrast class ("serious", "severe") do not contradict each other,
// while another point of the scale ("minor") still does.
func TestSamePointOfAScale(t *testing.T) {
	e := offlineEngine(t, `Vaccine trial at Dunmere

The nasal vaccine cut severe flu cases by 41 per cent among residents of Dunmere care homes over the winter.
`)
	checkSupport(t, e, []supportCase{
		{"serious for severe", "Serious flu cases fell by 41 percent in the Dunmere care homes.", 2, true},
		{"minor for severe", "Minor flu cases fell by 41 percent in the Dunmere care homes.", 2, false},
	})
}

// TestSuperlativeMostAndNegatedOpposite checks that "the most" and "most
// of all" are superlatives, not "most of" something, and that a source's
// "not related" states a claim's "unrelated"; "most" as a share still
// needs a source that gives one.
func TestSuperlativeMostAndNegatedOpposite(t *testing.T) {
	e := offlineEngine(t, `Harvest fair

Gate receipts: 9,406 visitors (a fair record).

Sales rose 8% on last year at the Orlin stalls, with the biggest gain at the cheese tent.

A separate survey by economist Hanne Vik, who is not related to the fair's founder, found that half the visitors came from outside the county.

Some stallholders said the rain kept buyers away on Sunday.
`)
	checkSupport(t, e, []supportCase{
		{"the most", "The fair drew 9,406 visitors, the most it has had.", 3 - 1, true},
		{"most of all", "Sales at the Orlin stalls were up 8% on last year, most of all at the cheese tent.", 3, true},
		{"not related for unrelated", "An economist unrelated to the founder ran a separate survey.", 4, true},
		{"most as a share", "Most stallholders said the rain kept buyers away on Sunday.", 5, false},
	})
}
