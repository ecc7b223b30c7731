package answer

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"articlebot/lexicon"
)

// FuzzGate feeds arbitrary model answers to the citation gate over the
// shipped article and holds its promises whatever the text: every marker
// left in the answer names a citation, every citation is article text of
// the paragraph it names, and a quotation the article does not contain is
// never shown in quotation marks.
func FuzzGate(f *testing.F) {
	for _, s := range []string{
		"The talks will occur in Jeddah on Sunday [2]. Trump said the call lasted almost two hours [3].",
		"Witkoff spoke about the talks [4, 2][9] (1) 【2】 [Source 3].",
		`Putin said "we will never stop the war" [1]. An invented sentence about Mars [5].`,
		"[1][1][1] [0] [-1] [99999999999999999999] []",
		"“unclosed quotation [2]",
		"",
	} {
		f.Add(s)
	}
	e := shipped(f)
	sources := sourcesOf(e, 9, 4, 13, 5, 24)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			t.Skip()
		}
		c := e.gate(text, sources)
		for _, m := range markerRe.FindAllString(c.text, -1) {
			for _, f := range strings.FieldsFunc(strings.Trim(m, "[]"), func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
				n, err := strconv.Atoi(f)
				if err != nil || n < 1 || n > len(c.citations) {
					t.Fatalf("marker %s in %q names no citation (%d citations)", m, c.text, len(c.citations))
				}
			}
		}
		for _, cit := range c.citations {
			p, ok := e.art.Paragraph(cit.Paragraph)
			if !ok || !strings.Contains(p.Text, cit.Text) {
				t.Fatalf("citation %d: %q is not text of ¶%d", cit.N, cit.Text, cit.Paragraph)
			}
		}
		for _, m := range quoteRe.FindAllStringSubmatch(c.text, -1) {
			// A marker is not a word of the quotation, nor is a mark of
			// punctuation the marker's removal leaves standing alone
			// ("2 [1]! 0002" is two words, "02!2 2" two: words as the
			// gate counts them, lexicon.LongEnough).
			inner := strings.TrimSpace(markerRe.ReplaceAllString(strings.Join(m[1:], ""), ""))
			if lexicon.LongEnough(inner) && !e.inArticle(inner) {
				t.Fatalf("quotation %q shown in marks but not in the article: %q", inner, c.text)
			}
		}
	})
}
