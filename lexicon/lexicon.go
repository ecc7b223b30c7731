// Package lexicon is the engine's one home for knowledge of English: speech
// and reporting verbs, honorifics and role nouns, the small words that are
// never names, the rule for how many typos a word may carry, and how long a
// quotation must be. The quotation index, the answering engine, retrieval
// and the eval all read it, so a word added here counts everywhere.
//
// The lists name kinds of words, never the people, places or organisations
// of any particular article.
package lexicon

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Set is a read-only set of words.
//
// Most lookups miss (is this word a speech verb, a preposition, a role?)
// and the quotation index makes millions of them on a long article, so a
// set first checks its filter: a word whose first byte and length no word
// of the set has is not hashed at all. On the 4.5 MB benchmark article the
// hashing of missed lookups was a tenth of the quotation index's time.
type Set struct {
	m map[string]bool
	// byFirst has bit len(w)%64 of byFirst[w[0]] set for every word w.
	byFirst *[256]uint64
	// ascii is set when every word is ASCII.
	ascii bool
}

// newSet makes a set of the space-separated words.
func newSet(words string) Set {
	s := Set{m: map[string]bool{}, byFirst: new([256]uint64), ascii: true}
	for _, w := range strings.Fields(words) {
		s.m[w] = true
		s.byFirst[w[0]] |= 1 << (len(w) % 64)
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				s.ascii = false
			}
		}
	}
	return s
}

// Has reports whether w is in the set, exactly as written.
func (s Set) Has(w string) bool {
	if s.byFirst != nil && w != "" && s.byFirst[w[0]]&(1<<(len(w)%64)) == 0 {
		return false
	}
	return s.m[w]
}

// lowerKeyMax is the longest word HasLower lowers in place; a longer one
// (no set has one) is lowered by strings.ToLower.
const lowerKeyMax = 32

// HasLower reports whether strings.ToLower(w) is in the set. An ASCII word
// is lowered in a buffer on the stack and tested against the filter
// first, so asking about a capitalised word ("The", "Okafor") allocates
// nothing: the quotation index asks this of hundreds of thousands of
// capitalised words on a 4.5 MB article.
func (s Set) HasLower(w string) bool {
	if len(w) > lowerKeyMax {
		return s.Has(strings.ToLower(w))
	}
	var buf [lowerKeyMax]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.hasLowerUnicode(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if s.byFirst != nil && len(w) > 0 && s.byFirst[buf[0]]&(1<<(len(w)%64)) == 0 {
		return false
	}
	return s.m[string(buf[:len(w)])]
}

// lowerASCII writes strings.ToLower(w) into buf and returns it, for an
// ASCII word of at most lowerKeyMax bytes; ok is false for any other.
// Callers turn the bytes into a string that does not escape, which Go
// makes on the stack: no allocation for a capitalised word.
func lowerASCII(buf *[lowerKeyMax]byte, w string) (l []byte, ok bool) {
	if len(w) > lowerKeyMax {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// hasLowerUnicode is HasLower for a word with a byte that is not ASCII.
// When every word of the set is ASCII, a word with a rune whose lower case
// is not ASCII (an accented letter; an invalid byte, which ToLower writes
// as U+FFFD) is not in it once lowered, and is not lowered: "Wiśniewski".
func (s Set) hasLowerUnicode(w string) bool {
	if s.ascii {
		for _, r := range w {
			if r >= utf8.RuneSelf && unicode.ToLower(r) >= utf8.RuneSelf {
				return false
			}
		}
	}
	return s.Has(strings.ToLower(w))
}

// Pattern returns the set's words as a regular-expression alternation,
// longest first and each quoted, for a pattern that must match one of
// them in place: "(?:" + s.Pattern() + ")".
func (s Set) Pattern() string {
	ws := s.Words()
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// Words returns the set's words in no particular order.
func (s Set) Words() []string {
	out := make([]string, 0, len(s.m))
	for w := range s.m {
		out = append(out, w)
	}
	return out
}
