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
	tests := []struct {
		name  string
		claim string
		para  int
		want  bool
	}{
		{"a contrast word in a clause about something else", "The evening ferry from Porthcarrow was cancelled on Friday because of high winds.", 2, true},
		{"a contrast word in the clause the claim aligns to", "The evening crossing ran two hours late.", 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := e.art.Paragraph(tt.para)
			if !ok {
				t.Fatalf("no paragraph %d", tt.para)
			}
			j := e.best(e.claimInfo(tt.claim), p.Sentences)
			if got := j.supports(); got != tt.want {
				t.Errorf("¶%d supports %q = %v (coverage %.2f, failed [%s]); want %v", tt.para, tt.claim, got, j.coverage, j.why, tt.want)
			}
		})
	}
}
