package quotes

import (
	"articlebot/fuzzy"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold returns s in lower case without accents, with curly apostrophes
// made straight.
func fold(s string) string { return fuzzy.Fold(s) }

// foldWords splits s into folded words, dropping punctuation around them and
// possessive endings ("Trump’s" → "trump").
func foldWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(fold(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '.')
	}) {
		f = strings.Trim(f, "'-.")
		f = strings.TrimSuffix(f, "'s")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

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
