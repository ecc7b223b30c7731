package quotes

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// forParas calls do(k) for every paragraph index k of paras, on every
// core unless workers is 1, parasPerTask paragraphs at a time. do must
// read only what no other call writes and write only its own result.
func forParas(paras []*para, workers int, do func(k int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, (len(paras)+parasPerTask-1)/parasPerTask)
	if workers <= 1 {
		for k := range paras {
			do(k)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(parasPerTask)) - parasPerTask
				if lo >= len(paras) {
					return
				}
				for k := lo; k < min(lo+parasPerTask, len(paras)); k++ {
					do(k)
				}
			}
		}()
	}
	wg.Wait()
}
