package lexicon

import (
	"strconv"
	"strings"
)

// ordinals are the ordinal words and their ranks, from "first" to
// "twentieth" and the tens.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

// Ordinal returns the rank an ordinal word gives, in letters ("second",
// "Fourth") or in digits with the English suffix ("2nd", "21st", "4th"):
// "second" and "2nd" are both 2. A word that is no ordinal gives false;
// "seconds" is a plural, not a rank.
func Ordinal(w string) (int, bool) {
	w = strings.ToLower(w)
	if n, ok := ordinals[w]; ok {
		return n, true
	}
	if len(w) < 3 {
		return 0, false
	}
	digits, suffix := w[:len(w)-2], w[len(w)-2:]
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 || digits[0] == '+' || digits[0] == '-' {
		return 0, false
	}
	return n, suffix == ordinalSuffix(n)
}

// ordinalSuffix is the suffix English writes after a rank in digits: 1st,
// 2nd, 3rd, 4th, but 11th, 12th, 13th and 21st, 22nd.
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
