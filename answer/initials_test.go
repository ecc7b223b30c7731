package answer

import "testing"

// TestNamesByInitials checks that a claim may name by initials what the
// article names in full and the other way round, and a place by the
// adjective English makes of it, while initials or an adjective of
// something else stay a stranger.
func TestNamesByInitials(t *testing.T) {
	e := offlineEngine(t, "Harbour notes\n\n"+
		"Trawlers of the Northern Fisheries Union will stay in port at Kelby on Monday, the union said.\n\n"+
		"The rowing final will be held at Port Hallam, N.S., in May.\n\n"+
		"Chemists at a laboratory in Poland tested the water samples from the Kelby estuary.\n\n"+
		"Western buyers are ordering fewer woollen sweaters from the Kelby mills.\n")
	tests := []struct {
		para  int
		claim string
		want  bool
	}{
		{2, "Trawlers of the NFU will stay in port at Kelby on Monday.", true},
		{3, "The rowing final will be held in Nova Scotia in May.", true},
		{4, "The water samples from the Kelby estuary were tested by Polish chemists.", true},
		{5, "Buyers in the West are ordering fewer woollen sweaters from the Kelby mills.", true},
		{2, "Trawlers of the NFA will stay in port at Kelby on Monday.", false},
		{3, "The rowing final will be held in New Brunswick in May.", false},
		{4, "The water samples from the Kelby estuary were tested by Czech chemists.", false},
	}
	for _, tt := range tests {
		p, _ := e.art.Paragraph(tt.para)
		c := e.claimInfo(tt.claim)
		j := e.best(c, p.Sentences)
		if got := j.supports(); got != tt.want {
			t.Errorf("¶%d supports %q = %v (coverage %.2f, failed [%s], stranger %q); want %v", tt.para, tt.claim, got, j.coverage, j.why, c.stranger, tt.want)
		}
	}
}
