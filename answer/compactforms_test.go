package answer

import "testing"

// TestCompactLengths checks that a length written with its unit glued to
// the figure ("3m deep", "12km") is a length, and that a sum in millions
// ("£3m") is not.
func TestCompactLengths(t *testing.T) {
	for _, tc := range []struct {
		q, s string
		want bool
	}{
		{"How deep was the floodwater?", "By dawn the floodwater stood 3m deep in the lower fields.", true},
		{"How far did the convoy travel?", "The convoy crawled 12km before the road gave out.", true},
		{"How deep was the floodwater?", "Repairs to the flood banks will cost £3m, the board said.", false},
	} {
		if got := hasAnswerType(lengthType, tc.q, tc.s); got != tc.want {
			t.Errorf("hasAnswerType(length, %q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
}

// TestCurrencyCodeSums checks that a sum given after a three-letter
// currency code and a scale ("NOK 40 million") is a sum of money, and that
// a broadcaster's call letters before a channel number are not.
func TestCurrencyCodeSums(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The new pier is expected to cost NOK 40 million.", true},
		{"Fishers lost about DKK 2.5 billion over the season.", true},
		{"She told WXTV 9 that the pier was unsafe.", false},
		{"Flight SAS 40 landed late.", false},
	} {
		if got := hasMoney(tc.s); got != tc.want {
			t.Errorf("hasMoney(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
