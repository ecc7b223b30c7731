package answer

import (
	"reflect"
	"testing"
)

// TestMovedCitationDropsARedundantClauseSource checks that when a
// citation is moved to a passage that states the whole sentence, a cited
// passage that held only a clause the new one states too is dropped (two
// words of a short clause are no support), while one that holds a clause
// the new passage lacks is kept beside it.
func TestMovedCitationDropsARedundantClauseSource(t *testing.T) {
	e := offlineEngine(t, `Guild notes

The Corvell bakers' guild said the Tamsin bakery had allowed its membership to lapse in April and had never paid the annual levy.

Its secretary, Ora Venn, said: "A bakery that stops paying for its membership is dropped from the register, and buyers are not told."

Ivo Brandt, a retired miller in Corvell whose storeroom flooded in the June storms, said he had since stopped buying barley, oats and rye from the Tamsin estate.

"I milled grain for forty years. I know what damp grain smells like."
`)
	tests := []struct {
		name  string
		in    string
		cited int
		want  []int
	}{
		{"a clause the new passage states too", "The Tamsin bakery's membership had lapsed and the annual levy was never paid [1].", 3, []int{2}},
		{"a clause the new passage lacks", "The retired miller whose storeroom flooded said he had stopped buying barley, oats and rye from the Tamsin estate and knew the smell of damp grain [1].", 5, []int{5, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.gate(tt.in, sourcesOf(e, tt.cited))
			var paras []int
			for _, c := range got.citations {
				paras = append(paras, c.Paragraph)
			}
			if !reflect.DeepEqual(paras, tt.want) {
				t.Errorf("%q cited to ¶%d: got %v (%q), want %v", tt.in, tt.cited, paras, got.text, tt.want)
			}
		})
	}
}
