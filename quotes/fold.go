package quotes

import (
	"unicode/utf8"

	"articlebot/fuzzy"
)

// maxTypos is how many typos a name of n letters may carry and still match.
// Short names must match exactly ("Biden" is not "Putin", "macro" is not
// "Macron"); names of seven letters or more may carry two ("Colbrun" is
// "Colbourn").
func maxTypos(n int) int {
	switch {
	case n <= 5:
		return 0
	case n <= 6:
		return 1
	default:
		return 2
	}
}

// near reports whether two folded words are the same name with at most a
// few typos: same first letter, and a distance bounded by the shorter length.
func near(a, b string) (int, bool) {
	if a == b {
		return 0, true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra != rb {
		return 0, false
	}
	bound := maxTypos(min(utf8.RuneCountInString(a), utf8.RuneCountInString(b)))
	if bound == 0 {
		return 0, false
	}
	d := fuzzy.Distance(a, b)
	return d, d <= bound
}
