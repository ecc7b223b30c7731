package retrieval

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

func buildArticle(t testing.TB, opts Options) (*Index, []Chunk) {
	t.Helper()
	chunks := Chunks(loadArticle(t), 1)
	if opts.Embed == nil {
		opts.Embed = LocalEmbedder(0)
	}
	ix, err := Build(context.Background(), chunks, opts)
	if err != nil {
		t.Fatal(err)
	}
	return ix, chunks
}

func TestBuildEmbedBatch(t *testing.T) {
	var perDoc, batches, batchTexts atomic.Int64
	local := LocalEmbedder(64)
	opts := Options{
		Embed: func(ctx context.Context, text string) ([]float32, error) {
			perDoc.Add(1)
			if !strings.HasPrefix(text, "search_query: ") {
				t.Errorf("query embedded without its prefix: %q", text)
			}
			return local(ctx, strings.TrimPrefix(text, "search_query: "))
		},
		EmbedBatch: func(ctx context.Context, texts []string) ([][]float32, error) {
			batches.Add(1)
			batchTexts.Add(int64(len(texts)))
			out := make([][]float32, len(texts))
			for i, s := range texts {
				if !strings.HasPrefix(s, "search_document: ") {
					t.Errorf("document embedded without its prefix: %q", s)
				}
				v, _ := local(ctx, strings.TrimPrefix(s, "search_document: "))
				for j := range v {
					v[j] *= 3 // not unit length: Build must normalise
				}
				out[i] = v
			}
			return out, nil
		},
		DocPrefix:   "search_document: ",
		QueryPrefix: "search_query: ",
	}
	ix, chunks := buildArticle(t, opts)
	if got := batches.Load(); got != 1 {
		t.Errorf("EmbedBatch: got %d calls, want 1", got)
	}
	if got, want := batchTexts.Load(), int64(len(chunks)); got != want {
		t.Errorf("EmbedBatch: got %d texts, want %d", got, want)
	}
	if got := perDoc.Load(); got != 0 {
		t.Errorf("Embed: got %d calls during Build, want 0", got)
	}
	hits, err := ix.Search(context.Background(), Query{Text: "Jeddah Saudi Arabia", K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got := perDoc.Load(); got != 1 {
		t.Errorf("Embed: got %d calls for one search, want 1", got)
	}
	if len(hits) == 0 || hits[0].Dense > 1+1e-5 || hits[0].Dense < 0.1 {
		t.Errorf("got hits %+v, want a top hit with cosine in (0.1, 1]", hits)
	}
}

func TestBuildPerDocument(t *testing.T) {
	var calls atomic.Int64
	local := LocalEmbedder(32)
	ix, chunks := buildArticle(t, Options{
		Embed: func(ctx context.Context, text string) ([]float32, error) {
			calls.Add(1)
			return local(ctx, text)
		},
		Concurrency: 3,
	})
	if got, want := calls.Load(), int64(len(chunks)); got != want {
		t.Errorf("got %d Embed calls, want one per chunk (%d)", got, want)
	}
	if got, want := ix.Len(), len(chunks); got != want {
		t.Errorf("Len: got %d, want %d", got, want)
	}
}

func TestBuildErrors(t *testing.T) {
	local := LocalEmbedder(16)
	boom := errors.New("boom")
	chunks := []Chunk{{ID: "a", Text: "alpha beta"}, {ID: "b", Text: "gamma delta"}}
	tests := []struct {
		name   string
		chunks []Chunk
		opts   Options
		want   string
	}{
		{"batch without query embedder", chunks, Options{EmbedBatch: func(context.Context, []string) ([][]float32, error) { return nil, nil }}, "needs a query embedder"},
		{"duplicate id", []Chunk{{ID: "a", Text: "x"}, {ID: "a", Text: "y"}}, Options{Embed: local}, "duplicate chunk ID"},
		{"empty id", []Chunk{{Text: "x"}}, Options{Embed: local}, "has no ID"},
		{"embed error", chunks, Options{Embed: func(context.Context, string) ([]float32, error) { return nil, boom }}, "boom"},
		{"batch error", chunks, Options{Embed: local, EmbedBatch: func(context.Context, []string) ([][]float32, error) { return nil, boom }}, "boom"},
		{"batch count", chunks, Options{Embed: local, EmbedBatch: func(context.Context, []string) ([][]float32, error) {
			return [][]float32{{1, 0}}, nil
		}}, "got 1 vectors for 2 texts"},
		{"dimension mismatch", chunks, Options{Embed: local, EmbedBatch: func(context.Context, []string) ([][]float32, error) {
			return [][]float32{{1, 0}, {1, 0, 0}}, nil
		}}, "has 3 dimensions, want 2"},
		{"empty vector", chunks, Options{Embed: local, EmbedBatch: func(context.Context, []string) ([][]float32, error) {
			return [][]float32{{1, 0}, {}}, nil
		}}, "empty embedding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Build(context.Background(), tt.chunks, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestBuildZeroVector(t *testing.T) {
	chunks := []Chunk{
		{ID: "stop", Paragraph: 1, Text: "What is it that they were?"},
		{ID: "zero", Paragraph: 2, Text: "Kursk region"},
		{ID: "real", Paragraph: 3, Text: "Russian forces in the Kursk region."},
	}
	// The fake gives "zero" a zero vector although it has content terms, so
	// that the chunk is reachable by keyword only.
	local := LocalEmbedder(64)
	ix, err := Build(context.Background(), chunks, Options{
		Embed: local,
		EmbedBatch: func(ctx context.Context, texts []string) ([][]float32, error) {
			out := make([][]float32, len(texts))
			for i, s := range texts {
				out[i], _ = local(ctx, s)
			}
			out[1] = make([]float32, 64)
			return out, nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Kursk", "what is it", "Russian forces"} {
		hits, err := ix.Search(context.Background(), Query{Text: q, K: 10})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		for _, h := range hits {
			for _, x := range []float64{h.Score, h.Dense, h.Keyword, h.Coverage} {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					t.Errorf("%q: hit %s has a non-finite score: %+v", q, h.Chunk.ID, h)
				}
			}
			if h.Chunk.ID == "zero" && h.DenseRank != 0 {
				t.Errorf("%q: zero-vector chunk got dense rank %d, want 0", q, h.DenseRank)
			}
		}
		if q == "Kursk" && (len(hits) < 2 || hits[0].Chunk.ID == "stop") {
			t.Errorf("%q: got %+v, want the Kursk chunks", q, hits)
		}
	}
}

func TestSearchQueryDimension(t *testing.T) {
	local := LocalEmbedder(16)
	ix, err := Build(context.Background(), []Chunk{{ID: "a", Text: "alpha"}}, Options{
		Embed: func(ctx context.Context, text string) ([]float32, error) {
			v, err := local(ctx, text)
			if text == "query" {
				v = v[:8]
			}
			return v, err
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = ix.Search(context.Background(), Query{Text: "query"})
	if err == nil || !strings.Contains(err.Error(), "8 dimensions, documents 16") {
		t.Errorf("got error %v, want a dimension mismatch", err)
	}
}

func BenchmarkBuildArticle(b *testing.B) {
	a := loadArticle(b)
	ctx := context.Background()
	embed := LocalEmbedder(0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(ctx, Chunks(a, 1), Options{Embed: embed}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestIndexSpeakers checks the speakers' chunks against the map made
// afresh for every chunk and name: names folded alike ("Steve  Witkoff",
// "steve witkoff") are one speaker, listed once per chunk, in chunk order.
func TestIndexSpeakers(t *testing.T) {
	names := []string{"Steve Witkoff", "steve  witkoff", "Stève Witkoff", "Ana", "ANA", "", "—", "Dr. O’Brien"}
	r := rand.New(rand.NewPCG(7, 8))
	ix := &Index{speakers: map[string][]int32{}}
	for range 500 {
		var c Chunk
		for range r.IntN(4) {
			c.Speakers = append(c.Speakers, names[r.IntN(len(names))])
		}
		ix.chunks = append(ix.chunks, c)
	}
	ix.indexSpeakers()
	want := map[string][]int32{}
	for i, c := range ix.chunks {
		seen := map[string]bool{}
		for _, s := range c.Speakers {
			if k := speakerKey(s); k != "" && !seen[k] {
				seen[k] = true
				want[k] = append(want[k], int32(i))
			}
		}
	}
	if !reflect.DeepEqual(ix.speakers, want) {
		t.Errorf("got %v\nwant %v", ix.speakers, want)
	}
	if len(want) != 3 {
		t.Errorf("%d speakers, want 3 (Witkoff, Ana and O’Brien; a dash or nothing is no one): %v", len(want), want)
	}
}
