package answer

import "testing"

// TestWordNetInTheNearestParagraph checks that a claim word the article
// uses elsewhere ("penalty", in another paragraph) is read through
// WordNet ("punishment") in the claim's nearest paragraph: the claim is
// covered there by its words, not only rescued as the paragraph that
// leads; and that the relation earns nothing in another paragraph.
func TestWordNetInTheNearestParagraph(t *testing.T) {
	e := offlineEngine(t, `Ferry fine appeal

Rival bidders said a penalty clause in the Tarrant crossing contract was unfair.

Calloway Ferries will challenge the regulator's punishment, its owner said on Monday.

The regulator said its decision reflected repeated breaches.
`)
	claim := "The ferry company will challenge its penalty."
	c := e.claimInfo(claim)
	if c.nearest != 3 {
		t.Fatalf("nearest paragraph of %q = ¶%d, want ¶3", claim, c.nearest)
	}
	for _, tt := range []struct {
		para int
		want bool
	}{{3, true}, {4, false}} {
		p, _ := e.art.Paragraph(tt.para)
		j := e.best(c, p.Sentences)
		if got := j.coverage >= supportCoverage; got != tt.want {
			t.Errorf("¶%d covers %q: coverage %.2f (failed [%s]), at least %.2f = %v, want %v", tt.para, claim, j.coverage, j.why, supportCoverage, got, tt.want)
		}
	}
}
