package main

import (
	"runtime/debug"
	"sync"
)

// indexingGCPercent is the collector's target (GOGC) while a command that
// holds one article (ask, chat) reads and indexes it. Indexing a 4.5 MB
// article allocates about 310 MB, most of it short-lived (the quotation
// builder's working state, tokens, feature hashes), and at GOGC's default
// 100 the collector ran about 14 cycles whose marking and write barriers
// slowed every phase. Measured on that article (`ask`, chrt -r 10,
// alternated, load 9-15, 4 runs each): GOGC 100 1.39-1.46 s, 187-190 MB
// peak RSS; 200 1.30-1.34 s, 192-193 MB; 300 and 400 no faster (1.32-1.38
// s) and up to 198 MB. So 200: the memory it costs is the slack of a heap
// that holds one article, well under issue 11's 200 MB. A server holding
// many articles keeps the default: there the slack is a share of every
// article it holds.
const indexingGCPercent = 200

// indexingGC holds the collector's target at indexingGCPercent while any
// caller holds it; the restore func it returns gives the target back when
// the last one does. It leaves the target alone when GOGC is set in the
// environment (getenv), since that is the user's choice, or when the
// target is already higher or off.
var indexingGC = gcRaiser{set: debug.SetGCPercent}

// gcRaiser counts the callers that hold the collector's target raised, so
// that overlapping calls (tests run commands side by side) restore the
// target once, to what it was before the first.
type gcRaiser struct {
	mu    sync.Mutex
	held  int
	prev  int
	set   func(percent int) int // debug.SetGCPercent, or a fake in tests
	owned bool                  // the target was raised by the first holder
}

// raise raises the target to percent unless GOGC is set in the
// environment, and returns the func that gives it back.
func (g *gcRaiser) raise(getenv env, percent int) (restore func()) {
	if getenv("GOGC") != "" {
		return func() {}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.held == 0 {
		g.prev = g.set(percent)
		g.owned = true
		if g.prev < 0 || g.prev >= percent {
			g.set(g.prev) // off or already higher: keep it
			g.owned = false
		}
	}
	g.held++
	var once sync.Once
	return func() {
		once.Do(func() {
			g.mu.Lock()
			defer g.mu.Unlock()
			g.held--
			if g.held == 0 && g.owned {
				g.set(g.prev)
				g.owned = false
			}
		})
	}
}
