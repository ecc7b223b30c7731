package article

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F) {
	f.Helper()
	for _, s := range []string{
		"Headline\n\nOne.\nTwo.\n\n",
		"A.\rB.\r",
		"Wrapped\r\nline.\r\n\r\nNext.",
		"Er sagte „Wir. Gehen.“ Dann.",
		"« Oui. » Non. ‹a› ‚b‘ 「c」",
		strings.Repeat("word ", 300),
		"\"\"\"„„„«««",
	} {
		f.Add([]byte(s))
	}
	if data, err := os.ReadFile("../article.txt"); err == nil {
		f.Add(data)
	}
}

// FuzzParse checks the invariants every consumer relies on: paragraphs in
// order with offsets into Text, sentences inside their paragraph, in order,
// never empty, never over MaxSentence, and no carriage return anywhere.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz", data)
		if err != nil {
			return
		}
		if strings.ContainsRune(a.Text, '\r') {
			t.Fatal("Text holds a carriage return")
		}
		end := 0
		for i, p := range a.Paragraphs {
			if p.N != i+1 || p.Start < end || p.Start >= p.End || p.End > len(a.Text) || a.Text[p.Start:p.End] != p.Text {
				t.Fatalf("paragraph %d: N=%d [%d,%d) after %d in %d bytes", i+1, p.N, p.Start, p.End, end, len(a.Text))
			}
			end = p.End
		}
		end = 0
		for i, s := range a.Sentences {
			p, ok := a.Paragraph(s.Para)
			if s.ID != i || !ok || s.Start < p.Start || s.End > p.End || s.Start >= s.End || s.Start < end {
				t.Fatalf("sentence %d: [%d,%d) in paragraph %d, after %d", i, s.Start, s.End, s.Para, end)
			}
			if a.Text[s.Start:s.End] != s.Text || strings.TrimSpace(s.Text) == "" {
				t.Fatalf("sentence %d: text %q", i, s.Text)
			}
			if n := utf8.RuneCountInString(s.Text); n > MaxSentence {
				t.Fatalf("sentence %d has %d runes", i, n)
			}
			end = s.End
		}
	})
}

// FuzzSplitSentences checks the splitter alone on any text.
func FuzzSplitSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		text := string(data)
		end := 0
		for _, s := range splitSentences(text) {
			if s[0] < end || s[0] >= s[1] || s[1] > len(text) {
				t.Fatalf("span %v after %d in %d bytes", s, end, len(text))
			}
			if strings.TrimSpace(text[s[0]:s[1]]) == "" {
				t.Fatalf("empty sentence at %v", s)
			}
			if n := utf8.RuneCountInString(text[s[0]:s[1]]); n > MaxSentence {
				t.Fatalf("sentence of %d runes", n)
			}
			end = s[1]
		}
	})
}
