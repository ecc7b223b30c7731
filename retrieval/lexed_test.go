package retrieval

import (
	"path/filepath"
	"slices"
	"testing"

	"articlebot/article"
)

// TestLexMatchesTerms checks that a Lexed gives every sentence the terms
// Terms gives its text and the features collect gives it, that term
// indexes follow the order of first use, and that the number of workers
// changes nothing.
func TestLexMatchesTerms(t *testing.T) {
	var arts []*article.Article
	files, _ := filepath.Glob("../testdata/eval/*/*.txt")
	for _, f := range append([]string{"../article.txt"}, files...) {
		a, err := article.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	for name, text := range map[string]string{
		// Acronyms that spell stop words, apostrophes, decomposed accents,
		// numbers, over-long tokens, a sentence of stop words only.
		"edges": "The U.S. and the US met. It was not.He left at 4.\n\nThe 1,400 men’s boats won't. And so it is. Cafe\u0301 Zoë's O'Brien plan won.\n\n" +
			"Yes. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-b 30-day U.N. u.n.",
	} {
		a, err := article.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	arts = append(arts, &article.Article{Name: "empty"})
	f := &features{tok: make([]byte, 0, maxTokenLen+8)}
	g := &features{}
	for _, a := range arts {
		t.Run(a.Name, func(t *testing.T) {
			for _, workers := range []int{1, 2, 3, 8} {
				lx := Lex(a.Sentences, workers)
				if got := lx.Sentences(); got != len(a.Sentences) {
					t.Fatalf("workers %d: got %d sentences, want %d", workers, got, len(a.Sentences))
				}
				seen := int32(0)
				for s, sent := range a.Sentences {
					var got []string
					lx.eachTerm(s, func(term string) { got = append(got, term) })
					if want := Terms(sent.Text); !slices.Equal(got, want) {
						t.Fatalf("workers %d, sentence %d: got terms %q, want %q", workers, s, got, want)
					}
					for k, id := range lx.AppendTermIndexes(nil, s) {
						if lx.Term(id) != got[k] {
							t.Fatalf("workers %d, sentence %d: term index %d is %q, want %q", workers, s, id, lx.Term(id), got[k])
						}
						if id > seen {
							t.Fatalf("workers %d, sentence %d: term %q has index %d before index %d was used", workers, s, got[k], id, seen)
						}
						if id == seen {
							seen++
						}
					}
					f.collect(sent.Text)
					lx.features(g, s)
					if !slices.Equal(g.word, f.word) || !slices.Equal(g.bigram, f.bigram) || !slices.Equal(g.char, f.char) {
						t.Fatalf("workers %d, sentence %d: features differ from collect's", workers, s)
					}
				}
				if int(seen) != lx.Terms() {
					t.Fatalf("workers %d: %d terms used, %d held", workers, seen, lx.Terms())
				}
			}
		})
	}
}
