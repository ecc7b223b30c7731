package answer

import "testing"

// A noun just after a comma is not counted by a number before the comma:
// "of 40,000 crowns, rangers said" gives no count of rangers.
func TestCountEndsAtComma(t *testing.T) {
	for _, tc := range []struct {
		s, noun string
		want    bool
	}{
		{"Poachers took 40,000 crowns from the lodge, rangers said on Friday.", "rangers", false},
		{"The lodge lost 12 boats; rangers found two of them.", "rangers", false},
		{"The park now has 2,600 rangers on patrol.", "rangers", true},
		{"The park hired 12 skilled, experienced rangers in May.", "rangers", true},
	} {
		words, i := testWordIndex(tc.s, tc.noun)
		if got := countsBefore(tc.s, words, i, false); got != tc.want {
			t.Errorf("countsBefore(%q, %q) = %v, want %v", tc.s, tc.noun, got, tc.want)
		}
	}
	e := offlineEngine(t, `Poachers raid the Kestrel Hills lodge
Poachers broke into the Kestrel Hills game lodge overnight and took cash and radios worth 40,000 crowns, rangers said on Friday.
The lodge sits at the northern gate of the park and was built in 1972.
The park's director, Amara Lindqvist, said the thieves cut the fence in two places.`)
	checkAnswerable(t, e, []answerableCase{
		{"How many rangers took part in the search?", false},
	})
}

// testWordIndex returns s's words and the index of the last one equal to w (-1
// when none is).
func testWordIndex(s, w string) ([][]int, int) {
	words := wordRe.FindAllStringIndex(s, -1)
	i := -1
	for k, r := range words {
		if s[r[0]:r[1]] == w {
			i = k
		}
	}
	return words, i
}
