package answer

import "testing"

// TestNumberOfPhraseCounts: "the number of N … rose to X" counts N, though
// no count stands before the noun.
func TestNumberOfPhraseCounts(t *testing.T) {
	e := offlineEngine(t, `Tarrow market grows again
The Tarrow covered market reported another strong year on Friday.
The number of licensed stalls in the market has risen to 410 from 350 two years ago, the market's manager, Ines Corbel, said.
Rents were frozen for a second year.`)
	checkAnswerable(t, e, []answerableCase{
		{"How many licensed stalls does the Tarrow market have?", true},
		{"How many traders sell fish at the market?", false},
	})
	s := "The number of licensed stalls in the market, the manager said, has risen to 410."
	words := wordRe.FindAllStringIndex(s, -1)
	if countNamed(s, words, 5) {
		t.Error("a count in another clause was taken")
	}
}

// TestPercentOfCounts: a percentage of the counted noun answers how many
// of them, a share in words does not.
func TestPercentOfCounts(t *testing.T) {
	cases := []struct {
		s    string
		i    int // index of the counted noun
		want bool
	}{
		{"The festival sold 87 per cent of its tickets in the first week.", 7, true},
		{"The festival sold 87% of its tickets in the first week.", 5, true},
		{"Some farms lost half their sheep in the frost.", 5, false},
		{"The festival sold 900 tickets in the first week.", 4, false},
	}
	for _, tc := range cases {
		words := wordRe.FindAllStringIndex(tc.s, -1)
		if got := percentOf(tc.s, words, tc.i); got != tc.want {
			t.Errorf("percentOf(%q, %q) = %v, want %v", tc.s, tc.s[words[tc.i][0]:words[tc.i][1]], got, tc.want)
		}
	}
}

func TestPercentOfTicketsAnswersHowMany(t *testing.T) {
	e := offlineEngine(t, `Brackwater folk festival nearly sold out
The Brackwater folk festival opens on the quay next Friday.
Organiser Pim Saltash said the festival had sold 87 per cent of its tickets in the first week of sales.
The headline act was announced in May.`)
	if !judgeOf(t, e, "How many tickets has the festival sold?").answerable {
		t.Error("a percentage of the tickets sold was not taken as the answer")
	}
}
