package main

import "testing"

// fakeGC stands in for debug.SetGCPercent: it keeps the target and
// records every value set.
type fakeGC struct {
	percent int
	sets    []int
}

func (f *fakeGC) set(p int) int {
	prev := f.percent
	f.percent = p
	f.sets = append(f.sets, p)
	return prev
}

// TestIndexingGC checks that the collector's target is raised while a
// command indexes, given back to what it was when the last overlapping
// holder lets go (once, however often restore is called), and left alone
// when GOGC is set or the target is already higher or off.
func TestIndexingGC(t *testing.T) {
	noEnv := func(string) string { return "" }
	tests := []struct {
		name       string
		start      int
		getenv     env
		wantRaised int
	}{
		{"default", 100, noEnv, 200},
		{"lower", 50, noEnv, 200},
		{"already higher", 400, noEnv, 400},
		{"off", -1, noEnv, -1},
		{"GOGC set", 100, func(k string) string {
			if k == "GOGC" {
				return "100"
			}
			return ""
		}, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeGC{percent: tt.start}
			g := &gcRaiser{set: f.set}
			first := g.raise(tt.getenv, 200)
			second := g.raise(tt.getenv, 200)
			if got := f.percent; got != tt.wantRaised {
				t.Errorf("while held: got %d, want %d", got, tt.wantRaised)
			}
			first()
			first() // a second call changes nothing
			if got := f.percent; got != tt.wantRaised {
				t.Errorf("one holder left: got %d, want %d", got, tt.wantRaised)
			}
			second()
			if got := f.percent; got != tt.start {
				t.Errorf("after both: got %d, want %d", got, tt.start)
			}
			third := g.raise(tt.getenv, 200)
			if got := f.percent; got != tt.wantRaised {
				t.Errorf("raised again: got %d, want %d", got, tt.wantRaised)
			}
			third()
			if got := f.percent; got != tt.start {
				t.Errorf("after the third: got %d, want %d", got, tt.start)
			}
		})
	}
}
