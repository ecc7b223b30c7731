package embedcache

import (
	"context"
	"os"
	"path/filepath"
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

func TestDimensionChangeIsAnError(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	c := Open(dir, "m", nil)
	c.Wrap((&counting{dim: 4}).embed)(ctx, []string{"x"})
	if _, err := c.Wrap((&counting{dim: 8}).embed)(ctx, []string{"y"}); err == nil {
		t.Error("got no error for vectors of a new dimension")
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
