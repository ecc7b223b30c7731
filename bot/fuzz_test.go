package bot

import (
	"strings"
	"testing"
)

func fuzzSeeds(f *testing.F) {
	f.Helper()
	for _, s := range []string{
		"[click here](https://evil.example) <@1234> **x** ``` @everyone # and on",
		"```go\nfunc main() {}\n```\n\nText after. " + strings.Repeat("More. ", 50),
		"“Quoted. Still quoted.” Then [1]. " + strings.Repeat("x", 300),
		strings.Repeat("\\*", 400),
		strings.Repeat("😀", 1200),
		"# heading\n-# sub\n> quote\n||spoiler||",
	} {
		f.Add(s, 100)
	}
}

// FuzzSplitMessage checks the splitter on any text and limit: it ends
// (testdata/fuzz holds a text that once made it loop forever), every part
// fits, none is empty, and none leaves a code block open when the text
// closes all of its own.
func FuzzSplitMessage(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < 20 || limit > maxContent {
			limit = maxContent
		}
		parts := splitMessage(text, limit)
		balanced := fences(text)%2 == 0
		for i, p := range parts {
			if balanced && fences(p)%2 != 0 {
				t.Fatalf("part %d leaves a code block open: %q", i, p)
			}
			if n := discordLen(p); n > limit {
				t.Fatalf("part %d has %d units, limit %d", i, n, limit)
			}
			if strings.TrimSpace(p) == "" {
				t.Fatalf("part %d is empty", i)
			}
		}
		for i, p := range capParts(splitMessage(text, maxContent), "-# (cut)") {
			if n := discordLen(p); n > maxContent || i >= maxParts {
				t.Fatalf("capped part %d has %d units", i, n)
			}
		}
	})
}

// FuzzQuoteSource checks that quoted article text never carries an active
// link, mention or Markdown mark, before and after splitting, and that no
// part of a split leaves a code block open.
func FuzzQuoteSource(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < 20 || limit > maxContent {
			limit = maxContent
		}
		q := quoteSource(text)
		if a := activeMarkup(q); a != "" {
			t.Fatalf("quoteSource(%q) = %q holds %s", text, q, a)
		}
		for i, p := range splitMessage(q, limit) {
			if a := activeMarkup(p); a != "" {
				t.Fatalf("part %d %q of quoteSource(%q) holds %s", i, p, text, a)
			}
			if n := fences(p); n%2 != 0 {
				t.Fatalf("part %d leaves a code block open: %q", i, p)
			}
		}
	})
}

// fences counts the active ``` marks of s.
func fences(s string) int {
	n := 0
	for i := 0; i+3 <= len(s); i++ {
		if s[i:i+3] == "```" && unescaped(s, i) {
			n++
			i += 2
		}
	}
	return n
}
