package retrieval

import (
	"context"
	"math"
	"runtime"
	"slices"
	"sync"

	"gonum.org/v1/gonum/blas/gonum"
)

// vectorTable holds the unit vectors of the dense index as contiguous rows,
// so that a query reads memory in order. chromem-go keeps a map of
// documents and scores them through a channel with a lock per document
// (about 0.2 µs each before any arithmetic) and a single-accumulator dot
// product; at 100,000 chunks that is about 12 times the memory-bandwidth
// floor of a 2-core machine. The table's rows are shared with the
// collection (each Document.Embedding is a row), so the vectors are stored
// once.
//
// The rows are kept in blocks of blockRows rather than in one slice: a
// 4.5 MB article's 74 MB table in one piece needed fresh address space
// beside the pages the article's parsing and quotation index had just
// freed, which the process kept (peak RSS about 80 MB above the heap's
// peak); blocks fit in those pages.
type vectorTable struct {
	dim int
	// blocks hold blockRows rows each, the last one the rest.
	blocks [][]float32
	docs   []int32 // row → chunk
}

// blockRows is the number of rows of a block: 128 KB at 512 dimensions,
// small enough to fit the free runs a collected heap leaves, large enough
// that a scan reads long stretches of memory in order.
const blockRows = 64

// scanMinRowsPerWorker is the fewest rows worth a goroutine: below it the
// hand-off costs more than the arithmetic (a 512-dimension row takes about
// 0.1 µs, a goroutine start and join a few µs).
const scanMinRowsPerWorker = 2048

// row returns row r.
func (t *vectorTable) row(r int) []float32 {
	b := t.blocks[r/blockRows]
	off := r % blockRows * t.dim
	return b[off : off+t.dim : off+t.dim]
}

// size returns the number of rows the blocks hold.
func (t *vectorTable) size() int {
	if len(t.blocks) == 0 {
		return 0
	}
	return (len(t.blocks)-1)*blockRows + len(t.blocks[len(t.blocks)-1])/t.dim
}

// resize makes the blocks hold n rows, new rows zero. A row returned
// before may move when the table grows.
func (t *vectorTable) resize(n int) {
	for len(t.blocks) > 0 && t.size() > n {
		last := len(t.blocks) - 1
		keep := n - last*blockRows
		if keep <= 0 {
			t.blocks[last] = nil
			t.blocks = t.blocks[:last]
			continue
		}
		t.blocks[last] = t.blocks[last][:keep*t.dim]
	}
	for have := t.size(); have < n; have = t.size() {
		last := len(t.blocks) - 1
		if last < 0 || len(t.blocks[last]) == blockRows*t.dim {
			t.blocks = append(t.blocks, nil)
			last++
		}
		b := t.blocks[last]
		extra := min(blockRows-len(b)/t.dim, n-have) * t.dim
		t.blocks[last] = slices.Grow(b, extra)[:len(b)+extra]
		clear(t.blocks[last][len(b):]) // rows once cut off may be left there
	}
}

// bytes returns the memory the rows take.
func (t *vectorTable) bytes() int64 { return int64(t.size()) * int64(t.dim) * 4 }

// addUnit appends v scaled to unit length as the row of chunk doc and
// returns the row. It reports false, adding nothing, for a zero or
// non-finite vector, which has no direction. A vector already of unit
// length (within chromem's tolerance) is stored as given, as unitCopy does.
func (t *vectorTable) addUnit(doc int32, v []float32) ([]float32, bool) {
	n := len(t.docs)
	t.resize(n + 1)
	row := t.row(n)
	copy(row, v)
	var sum float64
	for _, x := range row {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
		t.resize(n)
		return nil, false
	}
	if math.Abs(math.Sqrt(sum)-1) >= 1e-6 {
		normalize(row)
	}
	t.docs = append(t.docs, doc)
	return row, true
}

// rows returns the number of rows.
func (t *vectorTable) rows() int { return len(t.docs) }

// scored is one row with its similarity to the query.
type scored struct {
	row int32
	sim float32
}

// better orders hits by similarity, then by row (article order), so that
// the scan is deterministic.
func better(a, b scored) bool {
	if a.sim != b.sim {
		return a.sim > b.sim
	}
	return a.row < b.row
}

// top returns the k rows most similar to the unit vector q, best first. It
// splits the rows into contiguous ranges, one per worker (≤ 0 means
// GOMAXPROCS), keeps a top-k per worker and merges them.
func (t *vectorTable) top(ctx context.Context, q []float32, k, workers int) ([]scored, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n := t.rows()
	k = min(k, n)
	if k <= 0 {
		return nil, nil
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n/scanMinRowsPerWorker))
	parts := make([][]scored, workers)
	var wg sync.WaitGroup
	per := (n + workers - 1) / workers
	for w := range workers {
		lo, hi := w*per, min((w+1)*per, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = t.scanRange(q, lo, hi, k)
		}()
	}
	wg.Wait()
	all := slices.Concat(parts...)
	slices.SortFunc(all, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	return all[:min(k, len(all))], nil
}

// scanRange scores rows [lo, hi) and returns the best k, unordered.
func (t *vectorTable) scanRange(q []float32, lo, hi, k int) []scored {
	h := make(scoredHeap, 0, k)
	dim := t.dim
	q = q[:dim:dim]
	for r := lo; r < hi; r++ {
		c := scored{row: int32(r), sim: dot(t.row(r), q)}
		if len(h) < k {
			h.push(c)
		} else if better(c, h[0]) {
			h.replaceRoot(c)
		}
	}
	return h
}

// dot is the dot product of two vectors of equal length. It is gonum's
// single-precision BLAS dot, which runs in SSE assembly on amd64 (four
// lanes, two accumulators, sixteen products a step): the scan is then
// bound by memory rather than arithmetic. Go's compiler does not
// vectorise, and the best hand-unrolled Go loop (eight products a step,
// four accumulators) took about 230 ns a 512-dimension row in cache
// against gonum's 110–150 ns, and 1.3–2.3 times the memory-bandwidth
// floor over 100,000 rows against gonum's 1.0–1.1 (a throwaway benchmark
// beside a C loop compiled with -O3 -march=native, the floor).
func dot(a, b []float32) float32 {
	return blas32.Sdot(len(a), a, 1, b[:len(a)], 1)
}

// blas32 is gonum's pure-Go-and-assembly BLAS, stateless.
var blas32 gonum.Implementation

// scoredHeap is a min-heap by better: its root is the worst hit kept. It
// is typed rather than container/heap's, whose interface boxes every
// pushed value.
type scoredHeap []scored

// push adds c, keeping the heap order.
func (h *scoredHeap) push(c scored) {
	*h = append(*h, c)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if !better(s[p], s[i]) {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
}

// replaceRoot puts c in place of the worst hit and sifts it down.
func (h scoredHeap) replaceRoot(c scored) {
	h[0] = c
	for i := 0; ; {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		w := l // the worse child, the one to keep nearer the root
		if r := l + 1; r < len(h) && better(h[l], h[r]) {
			w = r
		}
		if !better(h[i], h[w]) {
			return
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}
