package answer

import "testing"

// An ordinal ("14th", "3rd") dates or ranks; it counts no one. The second
// count of a tally ("by seven votes to three") counts the first's noun.
func TestOrdinalAndTallyCountNoPeople(t *testing.T) {
	for _, tc := range []struct {
		s, num string
		want   int
	}{
		{"The board met on Tuesday 14th November to vote.", "14th", countsThings},
		{"She finished 3rd in the race.", "3rd", countsThings},
		{"The motion passed by seven votes to three at a special meeting.", "three", countsThings},
		{"The squad grew from 12 players to 40 players.", "40", countsPersons},
		{"Some 40 people came to the meeting.", "40", countsPersons},
	} {
		words, i := testWordIndex(tc.s, tc.num)
		if got := countedKind(tc.s, words, i); got != tc.want {
			t.Errorf("countedKind(%q, %q) = %d, want %d", tc.s, tc.num, got, tc.want)
		}
	}
}
