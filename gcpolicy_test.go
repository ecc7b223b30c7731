package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// fakeGC stands in for debug.SetGCPercent and debug.SetMemoryLimit: it
// keeps the target and the limit.
type fakeGC struct {
	percent int
	limit   int64
}

func (f *fakeGC) setPercent(p int) int {
	prev := f.percent
	f.percent = p
	return prev
}

func (f *fakeGC) setLimit(l int64) int64 {
	prev := f.limit
	if l >= 0 {
		f.limit = l
	}
	return prev
}

// TestIndexingGC checks that the collector's target is raised and its
// memory limit lowered while a command indexes, given back to what they
// were when the last overlapping holder lets go (once, however often
// restore is called), and each left alone when set in the environment,
// the target when already higher or off, the limit when already lower.
func TestIndexingGC(t *testing.T) {
	const none = math.MaxInt64
	envWith := func(set ...string) env {
		return func(k string) string {
			for _, s := range set {
				if s == k {
					return "x"
				}
			}
			return ""
		}
	}
	tests := []struct {
		name         string
		startPercent int
		startLimit   int64
		getenv       env
		wantPercent  int
		wantLimit    int64
	}{
		{"default", 100, none, envWith(), 200, 180},
		{"lower target", 50, none, envWith(), 200, 180},
		{"higher target", 400, none, envWith(), 400, 180},
		{"collector off", -1, none, envWith(), -1, 180},
		{"lower limit", 100, 120, envWith(), 200, 120},
		{"GOGC set", 100, none, envWith("GOGC"), 100, 180},
		{"GOMEMLIMIT set", 100, 500, envWith("GOMEMLIMIT"), 200, 500},
		{"both set", 100, 500, envWith("GOGC", "GOMEMLIMIT"), 100, 500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeGC{percent: tt.startPercent, limit: tt.startLimit}
			g := &gcRaiser{setPercent: f.setPercent, setLimit: f.setLimit}
			check := func(when string, percent int, limit int64) {
				t.Helper()
				if f.percent != percent || f.limit != limit {
					t.Errorf("%s: got %d, %d, want %d, %d", when, f.percent, f.limit, percent, limit)
				}
			}
			first := g.raise(tt.getenv, 200, 180)
			second := g.raise(tt.getenv, 200, 180)
			check("while held", tt.wantPercent, tt.wantLimit)
			first()
			first() // a second call changes nothing
			check("one holder left", tt.wantPercent, tt.wantLimit)
			second()
			check("after both", tt.startPercent, tt.startLimit)
			third := g.raise(tt.getenv, 200, 180)
			check("raised again", tt.wantPercent, tt.wantLimit)
			third()
			check("after the third", tt.startPercent, tt.startLimit)
		})
	}
}

// TestIndexingGCRemoteEmbedder checks that an article indexed with a
// remote embedder leaves the collector's settings alone.
func TestIndexingGCRemoteEmbedder(t *testing.T) {
	noEnv := func(string) string { return "" }
	before := debug.SetGCPercent(-1)
	debug.SetGCPercent(before)
	restore := indexingGCFor(config{EmbeddingModel: "text-embedding-3-small"}, noEnv)
	now := debug.SetGCPercent(before)
	restore()
	if now != before {
		t.Errorf("with a remote embedder: target %d, want %d", now, before)
	}
}
