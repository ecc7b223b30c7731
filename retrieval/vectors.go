package retrieval

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	chromem "github.com/philippgille/chromem-go"
)

// embedDocuments embeds texts through opts.EmbedBatch in one call if it is
// set, otherwise through opts.Embed, opts.Concurrency texts at a time.
// chromem's AddDocuments would embed one document at a time too, but it
// cannot skip zero vectors (it normalises them to NaN) nor let a remote
// endpoint batch.
func embedDocuments(ctx context.Context, texts []string, opts Options) ([][]float32, error) {
	if len(texts) == 0 {
		return nil, nil
	}
	if opts.EmbedBatch != nil {
		vecs, err := opts.EmbedBatch(ctx, texts)
		if err != nil {
			return nil, fmt.Errorf("embed documents: %w", err)
		}
		if len(vecs) != len(texts) {
			return nil, fmt.Errorf("embed documents: got %d vectors for %d texts", len(vecs), len(texts))
		}
		return vecs, nil
	}
	vecs := make([][]float32, len(texts))
	err := parallel(ctx, len(texts), opts.Concurrency, func(i int) error {
		v, err := opts.Embed(ctx, texts[i])
		if err != nil {
			return fmt.Errorf("embed document %d: %w", i, err)
		}
		vecs[i] = v
		return nil
	})
	return vecs, err
}

// unitCopy returns v scaled to unit length, copying it unless it already is
// unit length (the caller's embedder or cache may own v). It reports false
// for a zero or non-finite vector, which has no direction.
func unitCopy(v []float32) ([]float32, bool) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
		return nil, false
	}
	// chromem's own tolerance: a vector within it is stored as given.
	if math.Abs(math.Sqrt(sum)-1) < 1e-6 {
		return v, true
	}
	out := make([]float32, len(v))
	copy(out, v)
	return out, normalize(out)
}

// normalized wraps an embedding function so that its vectors are unit
// length, as chromem assumes of the vectors it computes itself.
func normalized(embed chromem.EmbeddingFunc) chromem.EmbeddingFunc {
	return func(ctx context.Context, text string) ([]float32, error) {
		v, err := embed(ctx, text)
		if err != nil {
			return nil, err
		}
		if u, ok := unitCopy(v); ok {
			return u, nil
		}
		return v, nil
	}
}

// parallel calls fn(i) for i in [0, n) on up to workers goroutines (≤ 0
// means GOMAXPROCS) and returns the first error. After an error or when ctx
// ends, no new calls start; all goroutines have returned when it returns.
func parallel(ctx context.Context, n, workers int, fn func(i int) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error
		failed   atomic.Bool
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !failed.Load() {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				err := ctx.Err()
				if err == nil {
					err = fn(i)
				}
				if err != nil {
					once.Do(func() { firstErr = err })
					failed.Store(true)
					return
				}
			}
		}()
	}
	wg.Wait()
	return firstErr
}
