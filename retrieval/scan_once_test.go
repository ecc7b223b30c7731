package retrieval

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"articlebot/fuzzy"
)

// scanTwice is scan as it was before each character was decoded once:
// the current character and the next decoded afresh at every step. The
// test below holds scan to it.
func scanTwice(text string, buf []byte, emit func(tok []byte, acronym bool)) {
	tok := buf[:0]
	acronym := false
	seg := 0
	flush := func() {
		if len(tok) > 0 {
			emit(tok, acronym)
		}
		tok, acronym, seg = tok[:0], false, 0
	}
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		next, nsize := decode(text, i+size)
		switch {
		case isWord(r):
			if len(tok) < maxTokenLen {
				tok = fuzzy.AppendFold(tok, r)
			}
			seg++
		case r >= 0x300 && len(tok) > 0 && unicode.Is(unicode.Mn, r):
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
				tok = tok[:0]
				flush()
				i = j
				continue
			case "s", "S", "d", "D", "ll", "LL", "ve", "VE", "re", "RE", "m", "M":
				flush()
				i = j
				continue
			}
		case r == '.' && len(tok) > 0 && isDigit(tok[len(tok)-1]) && next >= '0' && next <= '9':
			tok = append(tok, '.')
		case r == '.' && seg == 1 && unicode.IsLetter(next) && !isWord(peek(text, i+size+nsize)):
			acronym, seg = true, 0
		case r == ',' && len(tok) > 0 && isDigit(tok[len(tok)-1]) && thousands(text[i+1:]):
		default:
			flush()
		}
		i += size
	}
	flush()
}

// scanned lists what scan-like function f emits for text.
func scanned(f func(string, []byte, func([]byte, bool)), text string) []string {
	var out []string
	f(text, nil, func(tok []byte, acronym bool) {
		s := string(tok)
		if acronym {
			s += "/acronym"
		}
		out = append(out, s)
	})
	return out
}

// TestScanDecodesOnce checks that scan, which decodes each character once,
// emits the tokens of the scan that decoded it twice: on the shipped and
// tuned articles, and on random text made of the characters its cases
// turn on (apostrophes before suffixes, dots in numbers and acronyms,
// thousands separators, combining accents, invalid bytes).
func TestScanDecodesOnce(t *testing.T) {
	texts := []string{"", "a", "’", "U.S.", "didn't", "1,400.5", "é\u0301", "\xff\xfe", "it’s O’Brien’s"}
	texts = append(texts, articleLines(t, "../testdata/eval/tuned/*.txt")...)
	parts := []string{"a", "B", "z", "é", "\u0301", "’", "'", "‘", "ʼ", "t", "T", "s", "ll", "ve", "m", "d", ".", ",", "1", "400", "0", " ", "-", "U", "\xff", "\xe2\x80", "Ł", "。"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := scanned(scan, text), scanned(scanTwice, text); !slices.Equal(got, want) {
			t.Fatalf("scan(%q): got %q, want %q", text, got, want)
		}
	}
}
