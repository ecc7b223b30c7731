package quotes

import (
	"os"
	"testing"

	"articlebot/article"
)

// TestMentionWord checks that a mention's k-th word, read alone, is the
// k-th of its word list, on the shipped article and on names with a
// plural possessive inside ("Farmers' Party") and at the end.
func TestMentionWord(t *testing.T) {
	data, err := os.ReadFile("../article.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(data), "The Farmers' Party Leader Anna Berg met the Smiths' lawyer. Jones' aide Tom Ruiz and Dr. Lee spoke."}
	for _, text := range texts {
		a, err := article.Parse("test", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		var ts tokenSpace
		n := 0
		for _, ap := range a.Paragraphs {
			p := newPara(ap, a.Sentences, &ts)
			for _, m := range p.ments {
				words := m.words(p.toks)
				for k, want := range words {
					if got := m.word(p.toks, k); got != want {
						t.Errorf("word %d of %q = %q, want %q", k, words, got, want)
					}
					n++
				}
			}
		}
		if n == 0 {
			t.Errorf("no mention words in %.40q", text)
		}
	}
}
