package answer

import "testing"

// TestNumberOfPhraseCounts: "the number of N … rose to X" counts N, though
// no count stands before the noun.
func TestNumberOfPhraseCounts(t *testing.T) {
	e := offlineEngine(t, `Tarrow market grows again
The Tarrow covered market reported another strong year on Friday.
The number of licensed stalls in the market has risen to 410 from 350 two years ago, the market's manager, Ines Corbel, said.
Rents were frozen for a second year.`)
	tests := []struct {
		q    string
		want bool
	}{
		{"How many licensed stalls does the Tarrow market have?", true},
		{"How many traders sell fish at the market?", false},
	}
	for _, tt := range tests {
		if got := judgeOf(t, e, tt.q).answerable; got != tt.want {
			t.Errorf("%q: answerable = %v, want %v", tt.q, got, tt.want)
		}
	}
	s := "The number of licensed stalls in the market, the manager said, has risen to 410."
	words := wordRe.FindAllStringIndex(s, -1)
	if countNamed(s, words, 5) {
		t.Error("a count in another clause was taken")
	}
}
