package quotes

import (
	"os"
	"testing"

	"articlebot/article"
)

// FuzzBuild checks that Build never panics and that every quotation's text
// is the article's text at its offsets, on anything article.Parse accepts.
func FuzzBuild(f *testing.F) {
	for _, path := range []string{"../article.txt", "../testdata/eval/tuned/harbor.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"He said, “this never ends.\n” and ‘ and \" stray marks.\n",
		"\"A,\" Okafor said. \"B.\n\n\"C.\"\n",
		"It said the gates were 'essential.' She called it ‘a ‘b’ c’.\n",
		"“Hannity” program, “The Show” show. ”“”“\"\"'''‘’’’\n",
		"Mr. . Dr. T. von der . said, according to the.\n",
		"Gov. Wiśniewski’s ’s 's s' Zelenskiy, 68, said: “x”\n",
		"\"\n\"\n\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := article.Parse("fuzz", data)
		if err != nil {
			return
		}
		ix := Build(a)
		for _, q := range ix.Quotes() {
			if q.Start < 0 || q.End > len(a.Text) || q.Start > q.End || a.Text[q.Start:q.End] != q.Text {
				t.Fatalf("quotation %q at [%d,%d) is not the article's text", q.Text, q.Start, q.End)
			}
			if q.Sentence < 0 || q.Sentence >= len(a.Sentences) {
				t.Fatalf("quotation %q: sentence %d out of range", q.Text, q.Sentence)
			}
			ix.Attribution(q.Text)
		}
		for _, s := range ix.Statements() {
			ix.SpeakersIn(s.Sentence)
		}
		text := string(data)
		if len(text) > 200 {
			text = text[:200]
		}
		ix.Lookup(text)
		ix.Mentioned(text)
		ix.Suggest(text, 3)
		ix.LastPerson(text)
		for _, s := range ix.Speakers() {
			ix.QuotesBy(s.Name)
		}
	})
}
