package overview

import (
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"articlebot/article"
	"articlebot/retrieval"
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
		all, terms, idf, words := vectors(a, retrieval.Lex(a.Sentences, 0), len(a.Sentences))
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

// TestVectorsFromLexed checks that the vectors made from the sentences'
// tokens (retrieval.Lex) are, bit for bit, those made by tokenising each
// sentence's text, as vectors did before: same term IDs, frequencies,
// word counts and weights, on the shipped article, every eval article and
// a long one.
func TestVectorsFromLexed(t *testing.T) {
	texts := []string{string(mustRead(t, "../article.txt")), longArticle(t)}
	files, _ := filepath.Glob("../testdata/eval/*/*.txt")
	for _, f := range files {
		texts = append(texts, string(mustRead(t, f)))
	}
	for k, text := range texts {
		a := parse(t, text)
		keep := min(len(a.Sentences), maxRanked)
		vec, terms, idf, words := vectors(a, retrieval.Lex(a.Sentences, 2), keep)
		wantVec, wantTerms, wantIDF, wantWords := vectorsByText(a, keep)
		if !maps.Equal(terms, wantTerms) || !slices.Equal(idf, wantIDF) || !slices.Equal(words, wantWords) {
			t.Fatalf("text %d: terms, IDF or word counts differ", k)
		}
		for id := range vec {
			if !slices.Equal(vec[id].ids, wantVec[id].ids) || !slices.Equal(vec[id].w, wantVec[id].w) {
				t.Fatalf("text %d, sentence %d: vector %v, want %v", k, id, vec[id], wantVec[id])
			}
		}
	}
}

// vectorsByText is vectors as it was before retrieval.Lex: each sentence's
// text tokenised on its own, term IDs given in order of first use.
func vectorsByText(a *article.Article, keep int) ([]sparse, map[string]int32, []float64, []int) {
	vec := make([]sparse, min(keep, len(a.Sentences)))
	words := make([]int, len(a.Sentences))
	terms := map[string]int32{}
	var df []int
	var ids []int32
	for _, s := range a.Sentences {
		ids = ids[:0]
		for _, t := range retrieval.Terms(s.Text) {
			id, ok := terms[t]
			if !ok {
				id = int32(len(df))
				terms[t] = id
				df = append(df, 0)
			}
			ids = append(ids, id)
		}
		v := tally(ids)
		for _, id := range v.ids {
			df[id]++
		}
		if s.ID < len(vec) {
			vec[s.ID] = v
		}
		words[s.ID] = len(strings.Fields(s.Text))
	}
	n := float64(len(a.Sentences))
	idf := make([]float64, len(df))
	for id, d := range df {
		idf[id] = math.Log(1 + n/float64(d))
	}
	for i, v := range vec {
		vec[i] = weigh(v, idf)
	}
	return vec, terms, idf, words
}
