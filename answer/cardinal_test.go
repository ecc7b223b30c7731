package answer

import "testing"

// A hyphenated written number ("Forty-one cabins") counts the noun after
// it as a figure does; a fraction written so ("two-thirds") does not.
func TestHyphenatedWrittenCount(t *testing.T) {
	f := focusFor("cabins", "flooded")
	q := "How many cabins were flooded?"
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"Forty-one cabins at the Larchmere camp were flooded overnight.", 1},
		{"The warden said twenty-six cabins had been flooded by Sunday.", 1},
		{"Two-thirds of the cabins at the Larchmere camp were flooded.", 0},
	} {
		if got := f.attachment(numberType, q, tc.s); got != tc.want {
			t.Errorf("attachment(%q, %q) = %v, want %v", q, tc.s, got, tc.want)
		}
	}
	for _, w := range []string{"forty-one", "Twenty-Six", "ninety-nine"} {
		if !cardinalRe.MatchString(w) {
			t.Errorf("cardinalRe.MatchString(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"two-thirds", "one-off", "forty-year"} {
		if cardinalRe.MatchString(w) {
			t.Errorf("cardinalRe.MatchString(%q) = true, want false", w)
		}
	}
}
