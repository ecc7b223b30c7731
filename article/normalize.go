package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize folds curly quotes to straight ones, dashes to hyphens, case to
// lower and runs of white space to one space, so that text copied from the
// article by a person or a model compares equal to the article's own.
//
// It reads s once. It was a strings.Replacer, strings.ToLower,
// strings.FieldsFunc and strings.Join, four copies of every body
// paragraph (a fifth of parsing a 4.5 MB article); the result is the same,
// bytes that are not UTF-8 included (kept by the replacer, then written as
// U+FFFD by ToLower), as TestNormalizeMatchesComposed checks.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next non-space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && plain[c] {
			// A run of ASCII that stays as it is (lower-case words,
			// digits, most punctuation) is copied whole: byte by byte,
			// normalising a 4.5 MB article's body was 45 ms of CPU.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && plain[s[j]] {
				j++
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case asciiSpace[c]:
				space = b.Len() > 0
				continue
			case c == '`':
				c = '\''
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		fold := ""
		switch r {
		case '“', '”', '„', '«', '»':
			fold = `"`
		case '‘', '’', '‚':
			fold = "'"
		case '–', '—', '‑', '−':
			fold = "-"
		case '…':
			fold = "..."
		case '\u00a0':
			space = b.Len() > 0
			continue
		default:
			if unicode.IsSpace(r) {
				space = b.Len() > 0
				continue
			}
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if fold != "" {
			b.WriteString(fold)
			continue
		}
		// An invalid byte decodes as utf8.RuneError, which is written as
		// U+FFFD, as strings.ToLower does.
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// plain marks the ASCII characters Normalize writes as they are: not
// white space, not a capital, not the backtick it makes an apostrophe.
var plain = func() (p [utf8.RuneSelf]bool) {
	for c := range p {
		p[c] = !asciiSpace[c] && c != '`' && !('A' <= c && c <= 'Z')
	}
	return p
}()

// asciiSpace marks the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
