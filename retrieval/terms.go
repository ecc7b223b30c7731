package retrieval

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"articlebot/fuzzy"
)

// maxTokenLen caps a token in bytes; longer runs (URLs, hashes, junk) are
// cut so that one token cannot blow up the stem cache or the embedder.
const maxTokenLen = 64

// Terms returns the search terms of text in order: words folded to lower
// case without diacritics, stop words dropped, the rest stemmed with the
// Snowball English stemmer. Numbers are kept as written ("2022", "4.1",
// "1,400" as "1400"); hyphenated words are split ("30-day" gives "30" and
// "day"); possessives and contractions lose their suffix ("Russia’s" gives
// "russia") and "n't" words are dropped; dotted acronyms are joined and kept
// even when they spell a stop word ("U.S." gives "us").
func Terms(text string) []string { return AppendTerms(nil, text) }

// AppendTerms appends the Terms of text to dst and returns the result, so
// that a caller going through many texts can reuse one slice.
func AppendTerms(dst []string, text string) []string {
	var buf [maxTokenLen + 8]byte
	scan(text, buf[:0], func(tok []byte, acronym bool) {
		if t, ok := term(tok, acronym); ok {
			dst = append(dst, t)
		}
	})
	return dst
}

// term turns a token into its search term, or reports false for a stop word.
func term(tok []byte, acronym bool) (string, bool) {
	if !acronym {
		if _, stop := stopWords[string(tok)]; stop {
			return "", false
		}
	}
	return stem(tok), true
}

// scan splits text into folded tokens and calls emit for each one. tok is
// only valid during the call. buf is scratch space for the token.
func scan(text string, buf []byte, emit func(tok []byte, acronym bool)) {
	tok := buf[:0]
	acronym := false
	seg := 0 // letters since the last dot, to recognise "U.S."
	flush := func() {
		if len(tok) > 0 {
			emit(tok, acronym)
		}
		tok, acronym, seg = tok[:0], false, 0
	}
	// Each character is decoded once: as the next one of its predecessor,
	// then as the current one (decoding it twice was a tenth of scanning).
	r, size := decode(text, 0)
	for i := 0; i < len(text); {
		next, nsize := decode(text, i+size)
		switch {
		case isWord(r):
			if len(tok) < maxTokenLen {
				tok = fuzzy.AppendFold(tok, r)
			}
			seg++
		case r >= 0x300 && len(tok) > 0 && unicode.Is(unicode.Mn, r):
			// A combining accent (decomposed text): fold it away.
		case isApostrophe(r) && len(tok) > 0 && isWord(next):
			j := i + size
			for j < len(text) {
				c, n := decode(text, j)
				if !isWord(c) {
					break
				}
				j += n
			}
			switch suffix := text[i+size : j]; suffix {
			case "t", "T":
				tok = tok[:0] // "didn't": all such words are function words
				flush()
				i = j
				r, size = decode(text, i)
				continue
			case "s", "S", "d", "D", "ll", "LL", "ve", "VE", "re", "RE", "m", "M":
				flush()
				i = j
				r, size = decode(text, i)
				continue
			}
			// O'Brien: join the parts.
		case r == '.' && len(tok) > 0 && isDigit(tok[len(tok)-1]) && next >= '0' && next <= '9':
			tok = append(tok, '.')
		case r == '.' && seg == 1 && unicode.IsLetter(next) && !isWord(peek(text, i+size+nsize)):
			acronym, seg = true, 0
		case r == ',' && len(tok) > 0 && isDigit(tok[len(tok)-1]) && thousands(text[i+1:]):
			// "1,400": drop the separator.
		default:
			flush()
		}
		i += size
		r, size = next, nsize
	}
	flush()
}

func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func peek(s string, i int) rune {
	r, _ := decode(s, i)
	return r
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ'
}

// thousands reports whether s starts with exactly three digits, as after the
// comma of "1,400".
func thousands(s string) bool {
	if len(s) < 3 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) {
		return false
	}
	return len(s) == 3 || !isDigit(s[3])
}

// stemCacheMax bounds the stem cache; past it, stems are computed each time.
const stemCacheMax = 200_000

var stems = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{}}

// stem returns the Snowball stem of a folded token. Stemming allocates and
// walks the word several times, and the same few thousand words recur in
// every chunk, so stems are cached.
func stem(tok []byte) string {
	stems.RLock()
	s, ok := stems.m[string(tok)]
	stems.RUnlock()
	if ok {
		return s
	}
	w := string(tok)
	s = w
	if hasLetter(tok) {
		s = english.Stem(w, true)
	}
	stems.Lock()
	if len(stems.m) < stemCacheMax {
		stems.m[w] = s
	}
	stems.Unlock()
	return s
}

// hasLetter reports whether tok has a letter; numbers are not stemmed.
func hasLetter(tok []byte) bool {
	for _, c := range tok {
		if !isDigit(c) && c != '.' {
			return true
		}
	}
	return false
}
