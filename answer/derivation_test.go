package answer

import "testing"

// A claim may name a passage's verb by its noun, or its noun by its verb
// ("a diminution" of "diminish", "an admission" of "admitted": WordNet's
// derivation pointers), where the stemmer and the word vectors keep them
// apart.
func TestDerivedFormsCredited(t *testing.T) {
	e := offlineEngine(t, `Quarry lorries to change route after pit lane crash

Two Brackwater quarry lorries collided on the pit lane on Friday morning, blocking it for three hours.

The haulier admitted that one driver had been working a double shift.

Residents near the lane have long complained about dust and early lorries, and hope the noise will diminish once the new route opens.

The county said the bypass would be finished by the autumn.
`)
	for _, tt := range []struct {
		claim, term string
		para        int
	}{
		{"Residents expect a diminution of noise.", "diminut", 4},
		{"The haulier made an admission about a double shift.", "admiss", 3},
	} {
		if ok, coverage := termCredited(t, e, tt.claim, tt.term, tt.para); !ok {
			t.Errorf("%q: ¶%d leaves %q uncredited (coverage %.2f)", tt.claim, tt.para, tt.term, coverage)
		}
	}
}

// termCredited reports whether the best window of paragraph para credits
// the claim's term, and that window's coverage.
func termCredited(t *testing.T, e *Engine, claim, term string, para int) (bool, float64) {
	t.Helper()
	p, ok := e.art.Paragraph(para)
	if !ok {
		t.Fatalf("no paragraph %d", para)
	}
	c := e.claimInfo(claim)
	i := indexOf(c.terms, term)
	if i < 0 {
		t.Fatalf("%q: no term %q in %v", claim, term, c.terms)
	}
	j := e.best(c, p.Sentences)
	return j.missed&(1<<i) == 0, j.coverage
}
