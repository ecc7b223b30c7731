package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSentence is the most characters (runes) a sentence may hold. A longer
// one, such as a megabyte paragraph with no sentence end, is cut into
// pieces of at most this size, so that everything built from sentences
// (chunks, sources, cited text, prompts, messages) stays bounded.
// Calibrated on the eval articles: their longest sentence is 310 runes
// (shipped article) and 181 (harbor); 600 leaves every real sentence whole.
const MaxSentence = 600

// capSentences cuts every span longer than MaxSentence runes into pieces of
// at most that many, each ending at a clause boundary (after ; : , or a
// dash) in its second half if there is one, else at a space, else in the
// middle of a word.
func capSentences(text string, spans [][2]int) [][2]int {
	long := false
	for _, s := range spans {
		if longerThan(text[s[0]:s[1]], MaxSentence) {
			long = true
			break
		}
	}
	if !long {
		return spans
	}
	var out [][2]int
	for _, s := range spans {
		start, end := s[0], s[1]
		for longerThan(text[start:end], MaxSentence) {
			cut := cutPoint(text[start:end], MaxSentence)
			if a, b := TrimSpan(text, start, start+cut); a < b {
				out = append(out, [2]int{a, b})
			}
			start, _ = TrimSpan(text, start+cut, end)
		}
		if a, b := TrimSpan(text, start, end); a < b {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// cutPoint returns the byte offset at which to cut s so that the first
// piece holds at most limit runes: after the last clause mark, else at the
// last space, in the second half of that piece; else at the limit itself.
func cutPoint(s string, limit int) int {
	clause, space, end := -1, -1, len(s)
	n := 0
	for i, r := range s {
		if n == limit {
			end = i
			break
		}
		n++
		next := i + utf8.RuneLen(r)
		if n < limit/2 {
			continue
		}
		switch {
		case strings.ContainsRune(";:,—–", r):
			clause = next
		case unicode.IsSpace(r):
			space = i
		}
	}
	switch {
	case clause > 0:
		return clause
	case space > 0:
		return space
	}
	return end
}

// longerThan reports whether s holds more than limit runes, reading at most
// limit+1 of them.
func longerThan(s string, limit int) bool {
	if len(s) <= limit {
		return false
	}
	n := 0
	for range s {
		if n++; n > limit {
			return true
		}
	}
	return false
}
