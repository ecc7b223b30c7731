package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lastWords returns the last n words of s, lower case, trimmed of
// punctuation. The words are found from the end of s and only they are
// lowered: s is often the whole text before a quotation, and lowering and
// splitting all of it was most of deciding what is speech.
func lastWords(s string, n int) []string {
	f := lastFields(s, n)
	out := make([]string, 0, len(f))
	for _, w := range f {
		if w = strings.Trim(strings.ToLower(w), ",;:.!?()“”‘’\"'—–"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// firstFields returns the first n of strings.Fields(s), splitting no
// further.
func firstFields(s string, n int) []string {
	f := make([]string, 0, n)
	for w := range strings.FieldsSeq(s) {
		if len(f) == n {
			break
		}
		f = append(f, w)
	}
	return f
}

// fieldCount returns len(strings.Fields(s)) without making the slice.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// lastFields returns the last n of strings.Fields(s), in order, read from
// the end of s. Runes decoded backwards are those decoded forwards (an
// invalid byte is utf8.RuneError either way, and no space), so the fields
// are the same.
func lastFields(s string, n int) []string {
	f := make([]string, n)
	k := n
	end := len(s)
	for k > 0 {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		k--
		f[k] = s[start:end]
		end = start
	}
	return f[k:]
}

// firstN returns the first n space-separated words of s.
func firstN(s string, n int) string {
	// Only the first n fields are split off: s is often the rest of a
	// paragraph after every quotation mark in it.
	var f []string
	for len(f) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		f = append(f, s[:end])
		s = s[end:]
	}
	return strings.Join(f, " ")
}

// firstWord returns the first run of letters in s after leading space.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i+size:]
	}
	return s
}

// lastRune returns the last rune of s as a string, or "".
func lastRune(s string) string {
	r, size := utf8.DecodeLastRuneInString(s)
	if size == 0 {
		return ""
	}
	return string(r)
}
