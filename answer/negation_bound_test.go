package answer

import "testing"

// TestTimeBoundNegation checks that a bound on the earliest time ("until
// at least Friday", "no sooner than", "at the earliest") states what "not
// before" states, in a claim and in a source, and still denies a claim
// that the thing happens or ends sooner.
func TestTimeBoundNegation(t *testing.T) {
	e := offlineEngine(t, "Quarry search goes on\n\n"+
		"Divers will keep searching the flooded quarry at Brackwell until at least Friday, the fire service said.\n\n"+
		"The Brackwell heritage museum is not expected to reopen until March at the earliest, its trustees said.\n\n"+
		"Talks on the Brackwell bus depot could restart by Tuesday, the operator said.\n")
	tests := []struct {
		para  int
		claim string
		want  bool
	}{
		{2, "Not before Friday.", true},
		{2, "The divers at the Brackwell quarry will not give up before Friday.", true},
		{3, "The Brackwell heritage museum should reopen no sooner than March.", true},
		// What the bound denies stays denied.
		{2, "The divers will end the search of the Brackwell quarry before Friday.", false},
		{4, "Talks on the Brackwell bus depot could not restart before March.", false},
	}
	for _, tt := range tests {
		p, _ := e.art.Paragraph(tt.para)
		c := e.claimInfo(tt.claim)
		j := e.best(c, p.Sentences)
		if got := j.supports(); got != tt.want {
			t.Errorf("¶%d supports %q = %v (coverage %.2f, failed [%s]); want %v", tt.para, tt.claim, got, j.coverage, j.why, tt.want)
		}
	}
}
