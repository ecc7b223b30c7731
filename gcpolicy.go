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
// s) and up to 198 MB. So 200. A server holding many articles keeps the
// default: there the slack is a share of every article it holds.
const indexingGCPercent = 200

// indexingMemoryLimit is the soft memory limit (GOMEMLIMIT) while an
// article is indexed under indexingGCPercent: it makes the collector run
// early only when the heap nears it, so the larger target never costs
// issue 11's 200 MB. Measured (`ask`, chrt, alternated, load 8-12): on
// the 4.5 MB article without it, peaks of 202-208 MB in 3 runs of 5 once
// other work had grown the index; with it 189-195 MB and no slower
// (1.43-1.54 s against 1.38-1.51 s, within noise); on a 5.2 MB article
// (the largest accepted) 211 MB at 1.79-1.80 s, against 218-235 MB at
// 1.65-1.69 s without it and 212-217 MB at 1.79-1.82 s with GOGC 100.
// 170 MiB and below cost the whole gain of the larger target (1.39-1.49 s
// at 175 MiB).
const indexingMemoryLimit = 180 << 20

// indexingGCFor returns indexingGC raised for an article indexed with
// cfg, and the func that gives the settings back. With a remote embedder
// they stay as they are: its vectors (up to several times the local
// ones' 512 dimensions) could hold the heap above the limit, where the
// collector would run on up to half the CPU all through the indexing.
func indexingGCFor(cfg config, getenv env) (restore func()) {
	if cfg.EmbeddingModel != "" {
		return func() {}
	}
	return indexingGC.raise(getenv, indexingGCPercent, indexingMemoryLimit)
}

// indexingGC holds the collector's target at indexingGCPercent, and the
// soft memory limit at indexingMemoryLimit, while any caller holds it;
// the restore func it returns gives them back when the last one does.
var indexingGC = gcRaiser{setPercent: debug.SetGCPercent, setLimit: debug.SetMemoryLimit}

// gcRaiser counts the callers that hold the collector's settings, so that
// overlapping calls (tests run commands side by side) restore them once,
// to what they were before the first.
type gcRaiser struct {
	mu                   sync.Mutex
	held                 int
	prevPercent          int
	prevLimit            int64
	setPercent           func(percent int) int   // debug.SetGCPercent, or a fake in tests
	setLimit             func(limit int64) int64 // debug.SetMemoryLimit, or a fake in tests
	ownPercent, ownLimit bool                    // the first holder changed them
}

// raise sets the collector's target to percent and its soft memory limit
// to limit, and returns the func that gives them back. Each is left alone
// when it is set in the environment (GOGC, GOMEMLIMIT: the user's
// choice); the target when it is already higher or off, the limit when it
// is already lower.
func (g *gcRaiser) raise(getenv env, percent int, limit int64) (restore func()) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.held == 0 {
		g.ownPercent, g.ownLimit = false, false
		if getenv("GOGC") == "" {
			g.prevPercent = g.setPercent(percent)
			g.ownPercent = true
			if g.prevPercent < 0 || g.prevPercent >= percent {
				g.setPercent(g.prevPercent) // off or already higher: keep it
				g.ownPercent = false
			}
		}
		if getenv("GOMEMLIMIT") == "" {
			if g.prevLimit = g.setLimit(-1); g.prevLimit > limit {
				g.setLimit(limit)
				g.ownLimit = true
			}
		}
	}
	g.held++
	var once sync.Once
	return func() {
		once.Do(func() {
			g.mu.Lock()
			defer g.mu.Unlock()
			if g.held--; g.held > 0 {
				return
			}
			if g.ownPercent {
				g.setPercent(g.prevPercent)
			}
			if g.ownLimit {
				g.setLimit(g.prevLimit)
			}
			g.ownPercent, g.ownLimit = false, false
		})
	}
}
