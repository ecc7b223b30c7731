// Package fuzzy compares words the way people mistype and restyle them:
// folding case, accents and typographic marks, and counting edits. The
// engine, the quotation index and the keyword index all fold with it, so a
// name typed one way matches the same name written another.
package fuzzy

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// folded maps every non-ASCII rune that folds to something else, built once
// for the Latin blocks (U+00C0–U+024F, and U+1E00–U+1EFF, where
// Vietnamese letters with two marks stand: "ầ", "ễ", "ị") by Unicode
// decomposition, plus the letters that do not decompose and the
// typographic marks.
var folded = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'þ': "th", 'Þ': "th", 'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t",
	'’': "'", '‘': "'", 'ʼ': "'", '“': `"`, '”': `"`,
	'–': "-", '—': "-", '‑': "-", '−': "-",
}

func init() {
	for r := rune(0xC0); r <= 0x1EFF; r++ {
		if _, ok := folded[r]; ok || r > 0x24F && r < 0x1E00 {
			continue
		}
		var b strings.Builder
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				b.WriteRune(unicode.ToLower(d))
			}
		}
		if s := b.String(); s != "" && s != string(r) {
			folded[r] = s
		}
	}
}

// AppendFold appends r to b in lower case, without diacritics, with curly
// quotes made straight and dashes made hyphens.
func AppendFold(b []byte, r rune) []byte {
	switch {
	case r >= 'A' && r <= 'Z':
		return append(b, byte(r+'a'-'A'))
	case r < utf8.RuneSelf:
		return append(b, byte(r))
	}
	if s, ok := folded[r]; ok {
		return append(b, s...)
	}
	if unicode.Is(unicode.Mn, r) {
		return b // a mark written apart from its letter ("e" and U+0301)
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// Fold returns s in lower case, without diacritics, with curly quotes made
// straight and dashes made hyphens: "Wiśniewski’s" becomes "wisniewski's".
func Fold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = AppendFold(b, r)
	}
	return string(b)
}

// Distance is the optimal string alignment distance between a and b: the
// number of insertions, deletions, substitutions and swaps of neighbouring
// letters that turn one into the other.
func Distance(a, b string) int {
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

// Words splits s into folded words, dropping punctuation around them and
// possessive endings: "Trump’s full-scale war." gives "trump", "full-scale",
// "war". Hyphenated words stay whole.
func Words(s string) []string { return slices.Collect(WordSeq(s)) }

// WordSeq yields the words of s as Words returns them, without making a
// slice of them (a 4.5 MB article's words took 50 MB of slices).
func WordSeq(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for f := range strings.FieldsFuncSeq(Fold(s), func(r rune) bool { return !inWord(r) }) {
			f = strings.Trim(f, "'-.")
			f = strings.TrimSuffix(f, "'s")
			if f != "" && !yield(f) {
				return
			}
		}
	}
}
