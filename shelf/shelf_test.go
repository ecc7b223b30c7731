package shelf

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/webarticle"
)

// loader builds engines for made-up URLs: "https://x/N" is an article
// whose every paragraph mentions story N. It counts its calls.
type loader struct {
	calls, cached atomic.Int64
	fail          atomic.Bool
}

func (l *loader) load(ctx context.Context, url string, cachedOnly bool) (*answer.Engine, error) {
	l.calls.Add(1)
	if cachedOnly {
		l.cached.Add(1)
	}
	if l.fail.Load() {
		return nil, errors.New("site down")
	}
	text := fmt.Sprintf("Story %s\n\nThe council of %s met on Monday.\n\nIt agreed the budget of %s.\n", url, url, url)
	a, err := article.Parse(url, []byte(text))
	if err != nil {
		return nil, err
	}
	return answer.New(ctx, a, answer.Options{})
}

func newShelf(t *testing.T, l *loader, state string, max int) *Shelf {
	t.Helper()
	def, err := l.load(context.Background(), "default", false)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Default: def, Load: l.load, StatePath: state, MaxHeld: max})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func title(t *testing.T, s *Shelf, guild string) string {
	t.Helper()
	eng, err := s.For(context.Background(), guild)
	if err != nil {
		t.Fatal(err)
	}
	return eng.Article().Title()
}

func TestPerGuildAndRestart(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state", "guild-articles.json")
	l := &loader{}
	s := newShelf(t, l, state, 4)
	ctx := context.Background()
	if _, err := s.Load(ctx, "g1", "https://x/1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx, "g2", "https://x/2"); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ guild, want string }{
		{"g1", "Story https://x/1"}, {"g2", "Story https://x/2"}, {"g3", "Story default"}, {"", "Story default"},
	}
	for _, tt := range tests {
		if got := title(t, s, tt.guild); got != tt.want {
			t.Errorf("guild %q: got %q, want %q", tt.guild, got, tt.want)
		}
	}
	// A restart remembers each server's article and reindexes it from the
	// cache only when asked about.
	l2 := &loader{}
	s2 := newShelf(t, l2, state, 4)
	if got := s2.URL("g2"); got != "https://x/2" {
		t.Errorf("after restart: got URL %q, want https://x/2", got)
	}
	for _, tt := range tests {
		if got := title(t, s2, tt.guild); got != tt.want {
			t.Errorf("after restart, guild %q: got %q, want %q", tt.guild, got, tt.want)
		}
	}
	if got := l2.cached.Load(); got != 2 {
		t.Errorf("got %d cache reloads, want 2", got)
	}
}

func TestEvictionAndReload(t *testing.T) {
	l := &loader{}
	s := newShelf(t, l, "", 2)
	ctx := context.Background()
	for i := 1; i <= 3; i++ {
		if _, err := s.Load(ctx, fmt.Sprint("g", i), fmt.Sprint("https://x/", i)); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(s.Held()); got != 2 {
		t.Fatalf("got %d held, want 2", got)
	}
	for _, h := range s.Held() {
		if h.URL == "https://x/1" {
			t.Error("the least recently used article is still held")
		}
		if h.Bytes <= 0 || len(h.Guilds) != 1 {
			t.Errorf("got %+v, want its memory and its server", h)
		}
	}
	// Many askers of the dropped article share one reload.
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := title(t, s, "g1"); got != "Story https://x/1" {
				t.Errorf("got %q", got)
			}
		}()
	}
	wg.Wait()
	if got := l.cached.Load(); got != 1 {
		t.Errorf("got %d reloads, want 1", got)
	}
	// A reload that fails says so rather than answering from another article.
	l.fail.Store(true)
	if _, err := s.For(ctx, "g2"); err == nil {
		t.Error("reload of a dropped article that cannot be fetched: got no error")
	}
}

func TestFailedLoadKeepsArticle(t *testing.T) {
	l := &loader{}
	s := newShelf(t, l, "", 2)
	ctx := context.Background()
	if _, err := s.Load(ctx, "g1", "https://x/1"); err != nil {
		t.Fatal(err)
	}
	l.fail.Store(true)
	if _, err := s.Load(ctx, "g1", "https://x/9"); err == nil {
		t.Fatal("got no error")
	}
	if got := title(t, s, "g1"); got != "Story https://x/1" {
		t.Errorf("after a failed load: got %q, want the old article", got)
	}
}

func TestDamagedState(t *testing.T) {
	state := filepath.Join(t.TempDir(), "s.json")
	if err := os.WriteFile(state, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := newShelf(t, &loader{}, state, 2)
	if got := title(t, s, "g1"); got != "Story default" {
		t.Errorf("got %q, want the default", got)
	}
}

// BenchmarkHeldArticle measures the heap one held engine takes for a
// typical news page (the modern fixture: 8 paragraphs, 1.9 KB of text),
// against the engine's own estimate.
func BenchmarkHeldArticle(b *testing.B) {
	data, err := os.ReadFile("../webarticle/testdata/pages/modern.html")
	if err != nil {
		b.Fatal(err)
	}
	const n = 200
	engines := make([]*answer.Engine, n)
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for i := range engines {
			a, err := webarticle.FromBytes("modern", data, "text/html", nil)
			if err != nil {
				b.Fatal(err)
			}
			if engines[i], err = answer.New(context.Background(), a, answer.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "heap-B/article")
		b.ReportMetric(float64(engines[0].MemoryBytes()), "estimate-B/article")
		clear(engines)
	}
}
