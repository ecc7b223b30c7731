package retrieval

import (
	"container/heap"
	"context"
	"math"
	"runtime"
	"slices"
	"sync"
)

// vectorTable holds the unit vectors of the dense index as contiguous rows,
// so that a query reads memory in order. chromem-go keeps a map of
// documents and scores them through a channel with a lock per document
// (about 0.2 µs each before any arithmetic) and a single-accumulator dot
// product; at 100,000 chunks that is about 12 times the memory-bandwidth
// floor of a 2-core machine. The table's rows are shared with the
// collection (each Document.Embedding is a row), so the vectors are stored
// once.
type vectorTable struct {
	dim  int
	data []float32 // len(docs) rows of dim
	docs []int32   // row → chunk
}

// scanMinRowsPerWorker is the fewest rows worth a goroutine: below it the
// hand-off costs more than the arithmetic (a 512-dimension row takes about
// 0.1 µs, a goroutine start and join a few µs).
const scanMinRowsPerWorker = 2048

// addUnit appends v scaled to unit length as the row of chunk doc and
// returns the row. It reports false, adding nothing, for a zero or
// non-finite vector, which has no direction. A vector already of unit
// length (within chromem's tolerance) is stored as given, as unitCopy does.
func (t *vectorTable) addUnit(doc int32, v []float32) ([]float32, bool) {
	n := len(t.data)
	t.data = append(t.data, v...)
	row := t.data[n : n+t.dim : n+t.dim]
	var sum float64
	for _, x := range row {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
		t.data = t.data[:n]
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
	h := &scoredHeap{}
	dim := t.dim
	q = q[:dim]
	for r := lo; r < hi; r++ {
		off := r * dim
		s := dot(t.data[off:off+dim:off+dim], q)
		c := scored{row: int32(r), sim: s}
		if len(*h) < k {
			heap.Push(h, c)
		} else if better(c, (*h)[0]) {
			(*h)[0] = c
			heap.Fix(h, 0)
		}
	}
	return *h
}

// dot is the dot product of two vectors of equal length, with eight
// products per step summed into four accumulators: independent additions
// keep the floating-point units busy where a single accumulator waits on
// each previous addition.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+8 <= len(a); i += 8 {
		aa, bb := a[i:i+8:i+8], b[i:i+8:i+8]
		s0 += aa[0]*bb[0] + aa[4]*bb[4]
		s1 += aa[1]*bb[1] + aa[5]*bb[5]
		s2 += aa[2]*bb[2] + aa[6]*bb[6]
		s3 += aa[3]*bb[3] + aa[7]*bb[7]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// scoredHeap is a min-heap by better: its root is the worst hit kept.
type scoredHeap []scored

func (h scoredHeap) Len() int           { return len(h) }
func (h scoredHeap) Less(i, j int) bool { return better(h[j], h[i]) }
func (h scoredHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *scoredHeap) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *scoredHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
