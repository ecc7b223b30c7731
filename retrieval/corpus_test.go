package retrieval

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// syntheticCorpus makes n chunks of two or three sentences of 8 to 20 words
// each, drawn with a Zipf distribution from a vocabulary of made-up words
// mixed with English function words, so that term statistics look like
// text: a few very common terms with long posting lists and a long tail.
func syntheticCorpus(n int, seed uint64) (chunks []Chunk, vocab []string) {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	syllables := strings.Fields(`ka lo mi ne ru sa ti vo ze ba de fi go hu ja ke li mo nu pa
		qui ro se ta ul ve wi xo ya zu an el in on un ar er ir or ur`)
	seen := map[string]bool{}
	for len(vocab) < 20000 {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	function := strings.Fields("the of and to in a that for on with as by at from")
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	chunks = make([]Chunk, n)
	for i := range chunks {
		var b strings.Builder
		for s := range 2 + r.IntN(2) {
			if s > 0 {
				b.WriteByte(' ')
			}
			words := 8 + r.IntN(13)
			for w := range words {
				if w > 0 {
					b.WriteByte(' ')
				}
				if r.IntN(3) == 0 {
					b.WriteString(function[r.IntN(len(function))])
				} else {
					b.WriteString(vocab[zipf.Uint64()])
				}
			}
			b.WriteByte('.')
		}
		chunks[i] = Chunk{ID: fmt.Sprintf("c%d", i), Paragraph: i/3 + 1, Focus: i, Sentences: []int{i}, Text: b.String()}
	}
	return chunks, vocab
}

// localBatch embeds documents with the local embedder on all cores: a fast
// path for building large benchmark indexes.
func localBatch(dim int) func(ctx context.Context, texts []string) ([][]float32, error) {
	return func(ctx context.Context, texts []string) ([][]float32, error) {
		out := make([][]float32, len(texts))
		err := parallel(ctx, len(texts), 0, func(i int) error {
			out[i] = embed(texts[i], dim, defaultWeights)
			return nil
		})
		return out, err
	}
}

// bigIndexes holds the 100,000-chunk indexes, built once per test binary
// and dimension.
var bigIndexes = struct {
	sync.Mutex
	ix      map[int]*Index
	queries []string
}{ix: map[int]*Index{}}

func bigIndex(tb testing.TB, dim int) (*Index, []string) {
	tb.Helper()
	bigIndexes.Lock()
	defer bigIndexes.Unlock()
	if ix, ok := bigIndexes.ix[dim]; ok {
		return ix, bigIndexes.queries
	}
	chunks, vocab := syntheticCorpus(100_000, 1)
	ix, err := Build(context.Background(), chunks, Options{
		Embed:      LocalEmbedder(dim),
		EmbedBatch: localBatch(dim),
	})
	if err != nil {
		tb.Fatal(err)
	}
	bigIndexes.ix[dim] = ix
	if bigIndexes.queries == nil {
		// Queries mix frequent and rare words: frequent ones have long
		// posting lists, the worst case for the keyword side.
		r := rand.New(rand.NewPCG(2, 3))
		for range 32 {
			q := []string{"what", "about", vocab[r.IntN(20)], vocab[20+r.IntN(200)], vocab[220+r.IntN(5000)]}
			bigIndexes.queries = append(bigIndexes.queries, strings.Join(q, " "))
		}
	}
	return ix, bigIndexes.queries
}

// BenchmarkSearch100k searches 100,000 synthetic chunks at the default
// dimension and at 256, to show what the dimension buys at that scale:
// little, as chromem's exhaustive scan costs about 0.2 µs per document
// before any arithmetic (a channel hand-off and a mutex per document).
func BenchmarkSearch100k(b *testing.B) {
	ctx := context.Background()
	for _, dim := range []int{DefaultDim, 256} {
		b.Run(fmt.Sprintf("dim=%d", dim), func(b *testing.B) {
			ix, queries := bigIndex(b, dim)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				hits, err := ix.Search(ctx, Query{Text: queries[i%len(queries)], K: 10})
				if err != nil || len(hits) != 10 {
					b.Fatalf("got %d hits, error %v", len(hits), err)
				}
				i++
			}
		})
	}
}
