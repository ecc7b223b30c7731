package answer

import (
	"context"
	"testing"
)

// supportCase is a claim, the paragraph it cites, and whether the
// paragraph should support it.
type supportCase struct {
	name  string
	claim string
	para  int
	want  bool
}

// checkSupport judges each case against the best sentence of its cited
// paragraph, as the gate does, and reports the judgement's evidence when
// it disagrees with the case.
func checkSupport(t *testing.T, e *Engine, tests []supportCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := e.art.Paragraph(tt.para)
			if !ok {
				t.Fatalf("no paragraph %d", tt.para)
			}
			c := e.claimInfo(tt.claim)
			j := e.best(c, p.Sentences)
			if got := j.supports(); got != tt.want {
				t.Errorf("¶%d supports %q = %v (coverage %.2f, failed [%s], figures %v, names %v, polarity %v, own words %v, claim's names %v, nearest ¶%d by %.2f); want %v",
					tt.para, tt.claim, got, j.coverage, j.why, j.figures, j.names, j.polarity, j.ownWords, c.names, c.nearest, c.nearGap, tt.want)
			}
		})
	}
}

// abstainCase is a question and whether the engine should abstain on it.
type abstainCase struct {
	q       string
	abstain bool
}

// checkAbstains asks each question of e and checks whether it abstains.
func checkAbstains(t *testing.T, e *Engine, tests []abstainCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := e.Ask(context.Background(), Request{Question: tt.q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.Abstained != tt.abstain {
				t.Errorf("abstained = %v, want %v (%q)", res.Abstained, tt.abstain, res.Answer)
			}
		})
	}
}
