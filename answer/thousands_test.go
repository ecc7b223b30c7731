package answer

import (
	"slices"
	"testing"
)

// TestSpacedThousands checks that a figure whose thousands are set off by
// spaces is one figure ("1 500" is 1,500, "R20 000" a sum of 20,000), that
// digits in groups of other sizes stay apart, and that a claim in words
// is supported by it.
func TestSpacedThousands(t *testing.T) {
	for _, c := range []struct {
		text string
		want []float64
	}{
		{"The Pelloway kitchen served 1 500 meals.", []float64{1500}},
		{"The fund pays R20 000 to each family, and R5,000 more later.", []float64{20000, 5000}},
		{"A town of 1 250 000 people.", []float64{1.25e6}},
		{"Call +44 20 7946 0018.", []float64{44, 20, 7946, 18}},
		{"In 2019 300 people came.", []float64{2019, 300}},
	} {
		if got := figures(c.text); !slices.Equal(got, c.want) {
			t.Errorf("figures(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	e := offlineEngine(t, `Kitchen week

Volunteers at the Pelloway hall served more than 2 400 meals since Monday.
`)
	checkSupport(t, e, []supportCase{
		{"in words", "The Pelloway hall volunteers served over two thousand four hundred meals since Monday.", 2, true},
		{"another figure", "The Pelloway hall volunteers served over two thousand meals since Monday.", 2, false},
	})
}
