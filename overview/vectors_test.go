package overview

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// longArticle joins the tuned eval articles' bodies, repeated until it has
// more sentences than Rank ranks.
func longArticle(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob("../testdata/eval/tuned/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("tuned articles: %v", err)
	}
	var b strings.Builder
	for round := 0; b.Len() < 400_000; round++ {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(data)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// TestVectorOfMatchesKept checks that a sentence's vector made on demand
// is, bit for bit, the one vectors keeps for a ranked sentence, that the
// document frequencies do not depend on how many vectors are kept, and
// that Similar gives what Rank's similarity graph held.
func TestVectorOfMatchesKept(t *testing.T) {
	for k, text := range []string{string(mustRead(t, "../article.txt")), longArticle(t)} {
		a := parse(t, text)
		if k == 1 && len(a.Sentences) <= maxRanked {
			t.Fatalf("the long article has %d sentences, no more than maxRanked", len(a.Sentences))
		}
		all, terms, idf, words := vectors(a, len(a.Sentences))
		r := Rank(a)
		if len(a.Sentences) > maxRanked && len(r.vec) != maxRanked {
			t.Fatalf("%d sentences: %d vectors kept, want %d", len(a.Sentences), len(r.vec), maxRanked)
		}
		if !maps.Equal(r.terms, terms) || !slices.Equal(r.idf, idf) || !slices.Equal(r.words, words) {
			t.Fatal("terms, IDF or word counts depend on the vectors kept")
		}
		for id := range a.Sentences {
			got, want := r.vectorOf(id), all[id]
			if !slices.Equal(got.ids, want.ids) || !slices.Equal(got.w, want.w) {
				t.Fatalf("sentence %d: vector %v, want %v", id, got, want)
			}
		}
		m := min(len(a.Sentences), maxRanked)
		for i := range m {
			for j := range m {
				want := i == j || cosine(all[min(i, j)], all[max(i, j)]) >= nearDuplicate
				if got := r.Similar(i, j); got != want {
					t.Fatalf("Similar(%d, %d) = %v, want %v", i, j, got, want)
				}
			}
		}
		if r.Similar(0, m) || r.Similar(-1, 0) {
			t.Error("an unranked sentence is similar to a ranked one")
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
