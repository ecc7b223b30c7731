package embedcache

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// counting is a fake embedder that records how many texts it was asked for.
type counting struct {
	calls, texts atomic.Int64
	dim          int
}

func (c *counting) embed(_ context.Context, texts []string) ([][]float32, error) {
	c.calls.Add(1)
	c.texts.Add(int64(len(texts)))
	out := make([][]float32, len(texts))
	for i, t := range texts {
		v := make([]float32, c.dim)
		v[len(t)%c.dim] = 1
		out[i] = v
	}
	return out, nil
}

func TestRestartMakesNoRequests(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	fake := &counting{dim: 4}
	texts := []string{"one", "two", "three"}
	if _, err := Open(dir, "m", nil).Wrap(fake.embed)(ctx, texts); err != nil {
		t.Fatal(err)
	}
	if got := fake.texts.Load(); got != 3 {
		t.Fatalf("first start embedded %d texts, want 3", got)
	}
	c := Open(dir, "m", nil)
	if got := c.Len(); got != 3 {
		t.Fatalf("reopened cache holds %d, want 3", got)
	}
	vecs, err := c.Wrap(fake.embed)(ctx, texts)
	if err != nil {
		t.Fatal(err)
	}
	if got := fake.calls.Load(); got != 1 {
		t.Errorf("restart made %d more embedding calls, want 0", got-1)
	}
	if len(vecs) != 3 || vecs[2][len("three")%4] != 1 {
		t.Errorf("got vectors %v", vecs)
	}
	// A changed article embeds only its new chunk.
	if _, err := c.Wrap(fake.embed)(ctx, []string{"one", "two", "four"}); err != nil {
		t.Fatal(err)
	}
	if got := fake.texts.Load(); got != 4 {
		t.Errorf("after a change embedded %d texts in all, want 4", got)
	}
}

func TestModelsAreSeparate(t *testing.T) {
	dir := t.TempDir()
	fake := &counting{dim: 4}
	ctx := context.Background()
	Open(dir, "a", nil).Wrap(fake.embed)(ctx, []string{"x"})
	Open(dir, "b", nil).Wrap(fake.embed)(ctx, []string{"x"})
	if got := fake.calls.Load(); got != 2 {
		t.Errorf("got %d calls, want 2: a cache must not serve another model's vectors", got)
	}
}

func TestCorruptFilesAreRebuilt(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"garbage", []byte("not a gob file at all")},
		{"empty", nil},
		{"truncated", nil}, // filled below from a real file
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			ctx := context.Background()
			fake := &counting{dim: 4}
			c := Open(dir, "m", nil)
			if _, err := c.Wrap(fake.embed)(ctx, []string{"one", "two"}); err != nil {
				t.Fatal(err)
			}
			data := tt.data
			if tt.name == "truncated" {
				full, err := os.ReadFile(c.path)
				if err != nil {
					t.Fatal(err)
				}
				data = full[:len(full)/2]
			}
			if err := os.WriteFile(c.path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			c2 := Open(dir, "m", nil)
			if got := c2.Len(); got != 0 {
				t.Errorf("corrupt cache loaded %d entries, want 0", got)
			}
			if _, err := c2.Wrap(fake.embed)(ctx, []string{"one", "two"}); err != nil {
				t.Fatal(err)
			}
			if got := Open(dir, "m", nil).Len(); got != 2 {
				t.Errorf("rebuilt cache holds %d, want 2", got)
			}
		})
	}
}

func TestForeignModelFileIsIgnored(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	fake := &counting{dim: 4}
	a := Open(dir, "a", nil)
	a.Wrap(fake.embed)(ctx, []string{"x"})
	b := Open(dir, "b", nil)
	// Put model a's file where model b's belongs.
	data, _ := os.ReadFile(a.path)
	if err := os.WriteFile(b.path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Open(dir, "b", nil).Len(); got != 0 {
		t.Errorf("loaded %d vectors of another model, want 0", got)
	}
}

// TestDimensionChangeRebuilds checks that vectors of a new dimension (the
// model was swapped on the server under the same name) make the cache drop
// what it held and embed anew, saying so once, instead of failing for good.
func TestDimensionChangeRebuilds(t *testing.T) {
	tests := []struct {
		name  string
		texts []string // asked for after "x" was cached at 4 dimensions
	}{
		{"only new texts", []string{"y"}},
		{"cached and new texts", []string{"x", "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			ctx := context.Background()
			if _, err := Open(dir, "m", nil).Wrap((&counting{dim: 4}).embed)(ctx, []string{"x"}); err != nil {
				t.Fatal(err)
			}
			c := Open(dir, "m", nil)
			vecs, err := c.Wrap((&counting{dim: 8}).embed)(ctx, tt.texts)
			if err != nil {
				t.Fatalf("got %v, want a rebuild", err)
			}
			for i, v := range vecs {
				if len(v) != 8 {
					t.Errorf("vector %d has %d dimensions, want 8", i, len(v))
				}
			}
			if note := c.Rebuilt(); !strings.Contains(note, "8 dimensions where the cache held 4") {
				t.Errorf("note %q", note)
			}
			if note := c.Rebuilt(); note != "" {
				t.Errorf("second note %q, want it said once", note)
			}
			if re := Open(dir, "m", nil); re.Dim() != 8 || re.Len() != len(tt.texts) {
				t.Errorf("reopened: %d entries of %d dimensions, want %d of 8", re.Len(), re.Dim(), len(tt.texts))
			}
		})
	}
}

// TestConcurrentWritersLoseNothing runs several caches at once on one
// directory and model, as separate processes on different articles do,
// each embedding its own texts; every entry must be on disk at the end.
func TestConcurrentWritersLoseNothing(t *testing.T) {
	dir := t.TempDir()
	const writers, batches, perBatch = 8, 5, 20
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := Open(dir, "m", nil) // its own view, as a process has
			embed := c.Wrap((&counting{dim: 4}).embed)
			for b := range batches {
				var texts []string
				for i := range perBatch {
					texts = append(texts, fmt.Sprintf("writer %d batch %d text %d", w, b, i))
				}
				if _, err := embed(context.Background(), texts); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if got, want := Open(dir, "m", nil).Len(), writers*batches*perBatch; got != want {
		t.Errorf("the file holds %d entries, want %d: a writer lost another's work", got, want)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestUnwritableDirDoesNotFail(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(dir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	c := Open(filepath.Join(dir, "sub"), "m", nil)
	vecs, err := c.Wrap((&counting{dim: 4}).embed)(context.Background(), []string{"x"})
	if err != nil || len(vecs) != 1 {
		t.Errorf("got %v, %v; an unwritable cache must not stop embedding", vecs, err)
	}
}
