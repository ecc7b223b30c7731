package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latin folds accented Latin letters to their plain forms, so that a user
// who types "wisniewski" finds "Wiśniewski".
var latin = strings.NewReplacer(
	"ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th",
	"’", "'", "‘", "'",
)

var accents = map[rune]rune{}

func init() {
	for plain, marked := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ď", 'e': "èéêëēĕėęě", 'g': "ĝğġģ",
		'h': "ĥħ", 'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀ", 'n': "ñńņňŉ",
		'o': "òóôõöōŏő", 'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűų",
		'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range marked {
			accents[r] = plain
		}
	}
}

// fold returns s in lower case without accents, with curly apostrophes
// made straight.
func fold(s string) string {
	s = latin.Replace(strings.ToLower(s))
	return strings.Map(func(r rune) rune {
		if p, ok := accents[r]; ok {
			return p
		}
		return r
	}, s)
}

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

// distance is the optimal string alignment distance between a and b: the
// number of insertions, deletions, substitutions and swaps of neighbouring
// letters that turn one into the other.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
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
	d := distance(a, b)
	return d, d <= bound
}
