package bot

import (
	"context"
	"strconv"
	"sync"
	"time"
)

// runningAnswers tracks the answers being written, so the Stop button can
// cancel one and shutdown can cut off the rest.
type runningAnswers struct {
	prefix string // differs per process, so an old Stop button matches nothing

	mu  sync.Mutex
	seq uint64
	m   map[string]*run
}

// run is one answer being written.
type run struct {
	key    string
	asker  string
	cancel context.CancelCauseFunc
}

func newRunningAnswers() *runningAnswers {
	return &runningAnswers{prefix: strconv.FormatInt(time.Now().UnixNano()%(1<<40), 36), m: map[string]*run{}}
}

func (r *runningAnswers) add(asker string, cancel context.CancelCauseFunc) *run {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seq++
	x := &run{key: r.prefix + "-" + strconv.FormatUint(r.seq, 36), asker: asker, cancel: cancel}
	r.m[x.key] = x
	return x
}

func (r *runningAnswers) remove(key string) {
	r.mu.Lock()
	delete(r.m, key)
	r.mu.Unlock()
}

func (r *runningAnswers) get(key string) (*run, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	x, ok := r.m[key]
	return x, ok
}

func (r *runningAnswers) len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.m)
}

// cancelAll cancels every running answer with cause and returns how many.
func (r *runningAnswers) cancelAll(cause error) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, x := range r.m {
		x.cancel(cause)
	}
	return len(r.m)
}
