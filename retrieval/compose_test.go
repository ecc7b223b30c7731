package retrieval

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"articlebot/article"
	"articlebot/internal/largetext"
)

// TestComposeMatchesEmbed checks that building the index from sentences
// gives every chunk exactly the vector and terms that embedding and
// tokenising its whole text gives.
func TestComposeMatchesEmbed(t *testing.T) {
	harbor, err := os.ReadFile("../testdata/eval/tuned/harbor.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"harbor": string(harbor),
		// Sentences that touch (no space after the full stop), acronyms and
		// numbers at sentence ends, a sentence of stop words only.
		"edges": "He said it was the U.S. It was not.He left at 4.\n\nThe 1,400 men waited. And so it is. It was. Then the O'Brien plan won.\n\nYes.",
	}
	shipped := loadArticle(t)
	arts := []*article.Article{shipped}
	files, _ := filepath.Glob("../testdata/eval/*/*.txt")
	for _, f := range files {
		a, err := article.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	for name, text := range texts {
		a, err := article.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	ctx := context.Background()
	for _, a := range arts {
		t.Run(a.Name, func(t *testing.T) {
			chunks := Chunks(a, 1)
			whole, err := Build(ctx, chunks, Options{Embed: LocalEmbedder(DefaultDim)})
			if err != nil {
				t.Fatal(err)
			}
			composed, err := Build(ctx, chunks, Options{Sentences: a.Sentences})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(composed.vectors.docs, whole.vectors.docs) {
				t.Fatalf("got rows %v, want %v", composed.vectors.docs, whole.vectors.docs)
			}
			for r := range whole.vectors.docs {
				if got, want := composed.vectors.row(r), whole.vectors.row(r); !slices.Equal(got, want) {
					t.Fatalf("row %d: got %v, want %v", r, got, want)
				}
			}
			if !slices.Equal(composed.keyword.docLen, whole.keyword.docLen) || composed.keyword.avgLen != whole.keyword.avgLen {
				t.Errorf("got chunk lengths %v (mean %v), want %v (mean %v)", composed.keyword.docLen, composed.keyword.avgLen, whole.keyword.docLen, whole.keyword.avgLen)
			}
			if got, want := len(composed.keyword.ids), len(whole.keyword.ids); got != want {
				t.Errorf("got %d terms, want %d", got, want)
			}
			for term, id := range whole.keyword.ids {
				cid, ok := composed.keyword.ids[term]
				if !ok || !slices.Equal(composed.keyword.postings[cid], whole.keyword.postings[id]) {
					t.Errorf("term %q: got postings %v, want %v", term, composed.keyword.postings[cid], whole.keyword.postings[id])
				}
			}
		})
	}
}

func TestMergeSorted(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lists [][]uint64
		want  []uint64
	}{
		{"none", nil, nil},
		{"empty lists", [][]uint64{nil, {}}, nil},
		{"one", [][]uint64{nil, {3, 5}}, []uint64{3, 5}},
		{"two", [][]uint64{{1, 4, 9}, {2, 4}}, []uint64{1, 2, 4, 4, 9}},
		{"four with a gap", [][]uint64{{1, 4, 9}, nil, {2, 4}, {0, 10}}, []uint64{0, 1, 2, 4, 4, 9, 10}},
		{"five", [][]uint64{{7}, {1, 8}, {2}, {0, 9}, {7}}, []uint64{0, 1, 2, 7, 7, 8, 9}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var a, b []uint64
			if got := mergeSorted(nil, tt.lists, &a, &b); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSortHashes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var tmp []uint64
	for _, n := range []int{0, 1, 5, bucketSortMin - 1, bucketSortMin, 300, bucketSortMax, bucketSortMax + 1} {
		hs := make([]uint64, n)
		for i := range hs {
			hs[i] = rng.Uint64()
			if i%7 == 3 {
				hs[i] = hs[i/2] // repeats, as a word's features repeat
			}
			if i%11 == 5 {
				hs[i] &= 1<<40 - 1 // crowded buckets
			}
		}
		want := slices.Clone(hs)
		slices.Sort(want)
		sortHashes(hs, &tmp)
		if !slices.Equal(hs, want) {
			t.Errorf("%d hashes: not in order", n)
		}
	}
}

// largeArticle is the 4.5 MB article of the performance benchmarks:
// 24,900 paragraphs, 38,300 sentences.
func largeArticle(tb testing.TB) *article.Article {
	tb.Helper()
	data, err := largetext.Load("..")
	if err != nil {
		tb.Fatal(err)
	}
	a, err := article.Parse("large", data)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// BenchmarkBuildLarge indexes a 4.5 MB article with the local embedder,
// each sentence processed once (composed) and each chunk's text whole.
func BenchmarkBuildLarge(b *testing.B) {
	a := largeArticle(b)
	chunks := Chunks(a, 1)
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		opts Options
	}{
		{"composed", Options{Sentences: a.Sentences}},
		{"whole", Options{}},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Build(ctx, chunks, tt.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
