package retrieval

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	chromem "github.com/philippgille/chromem-go"
)

type chromemResult = chromem.Result

// TestScanMatchesChromem checks that the table scan ranks 10,000 synthetic
// chunks (enough for both cores to scan) exactly as chromem-go's own query
// does: same documents, same order, same similarities (to float32
// rounding, as the scan sums in a different order).
func TestScanMatchesChromem(t *testing.T) {
	ctx := context.Background()
	chunks, vocab := syntheticCorpus(10_000, 7)
	ix, err := Build(ctx, chunks, Options{Embed: LocalEmbedder(DefaultDim), EmbedBatch: localBatch(DefaultDim)})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(4, 5))
	var queries []string
	for range 32 {
		queries = append(queries, fmt.Sprintf("what about %s %s %s", vocab[r.IntN(20)], vocab[20+r.IntN(200)], vocab[220+r.IntN(5000)]))
	}
	embed := LocalEmbedder(DefaultDim)
	const k = 50
	for _, q := range queries {
		qv, err := embed(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := mustCollection(t, ix).QueryEmbedding(ctx, qv, k, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ix.vectors.top(ctx, qv, k, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%q: got %d hits, want %d", q, len(got), len(want))
		}
		for i := range want {
			id := ix.chunks[ix.vectors.docs[got[i].row]].ID
			diff := math.Abs(float64(got[i].sim - want[i].Similarity))
			if id != want[i].ID && !nearTie(want, i) {
				t.Errorf("%q: rank %d: got %s (%.7f), want %s (%.7f)", q, i+1, id, got[i].sim, want[i].ID, want[i].Similarity)
			}
			if diff > 1e-6 {
				t.Errorf("%q: rank %d: got similarity %.7f, want %.7f", q, i+1, got[i].sim, want[i].Similarity)
			}
		}
	}
}

// nearTie reports whether result i is within float32 rounding of a
// neighbour, where summation order may legitimately swap two documents.
func nearTie(res []chromemResult, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(res) && math.Abs(float64(res[i].Similarity-res[j].Similarity)) <= 1e-6 {
			return true
		}
	}
	return false
}

func TestScanSmallAndTies(t *testing.T) {
	tab := vectorTable{dim: 2}
	for i, v := range [][]float32{{1, 0}, {0, 1}, {3, 4}, {0, 0}, {1, 0}} {
		tab.addUnit(int32(i), v)
	}
	if got, want := tab.rows(), 4; got != want {
		t.Fatalf("got %d rows, want %d (the zero vector is skipped)", got, want)
	}
	got, err := tab.top(context.Background(), []float32{1, 0}, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	var docs []int32
	for _, s := range got {
		docs = append(docs, tab.docs[s.row])
	}
	if want := []int32{0, 4, 2, 1}; fmt.Sprint(docs) != fmt.Sprint(want) {
		t.Errorf("got docs %v, want %v (ties in row order)", docs, want)
	}
	if math.Abs(float64(got[2].sim)-0.6) > 1e-6 {
		t.Errorf("got similarity %v for (3,4), want 0.6", got[2].sim)
	}
}

func TestDot(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 8, 9, 31, 512} {
		a, b := make([]float32, n), make([]float32, n)
		var want float64
		for i := range a {
			a[i], b[i] = r.Float32()-0.5, r.Float32()-0.5
			want += float64(a[i]) * float64(b[i])
		}
		if got := dot(a, b); math.Abs(float64(got)-want) > 1e-5 {
			t.Errorf("n=%d: got %v, want %v", n, got, want)
		}
	}
}

// BenchmarkScan100k measures the dense scan alone over 100,000 chunks of
// 512 dimensions, against chromem-go's query of the same vectors.
func BenchmarkScan100k(b *testing.B) {
	ctx := context.Background()
	ix, queries := bigIndex(b, DefaultDim)
	embed := LocalEmbedder(DefaultDim)
	var qvs [][]float32
	for _, q := range queries {
		v, _ := embed(ctx, q)
		qvs = append(qvs, v)
	}
	b.Run("table", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if _, err := ix.vectors.top(ctx, qvs[i%len(qvs)], minDepth, 0); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("chromem", func(b *testing.B) {
		col := mustCollection(b, ix)
		i := 0
		for b.Loop() {
			if _, err := col.QueryEmbedding(ctx, qvs[i%len(qvs)], minDepth, nil, nil); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// TestVectorTableResize checks that rows keep their values across blocks
// as the table grows and shrinks, and that new rows are zero.
func TestVectorTableResize(t *testing.T) {
	tab := vectorTable{dim: 3}
	for _, n := range []int{1, blockRows - 1, blockRows, blockRows + 1, 3*blockRows + 5, 2, 0, 2*blockRows + 1} {
		before := tab.size()
		tab.resize(n)
		if got := tab.size(); got != n {
			t.Fatalf("resize(%d): %d rows", n, got)
		}
		for r := range n {
			row := tab.row(r)
			want := float32(r + 1)
			if r >= before {
				want = 0
			}
			if row[0] != want || row[2] != want {
				t.Fatalf("resize(%d): row %d is %v, want %v", n, r, row, want)
			}
			row[0], row[1], row[2] = float32(r+1), float32(r+1), float32(r+1)
		}
	}
}

// mustCollection returns ix's chromem-go collection once it is filled.
func mustCollection(tb testing.TB, ix *Index) *chromem.Collection {
	tb.Helper()
	col, err := ix.Collection()
	if err != nil {
		tb.Fatal(err)
	}
	return col
}
