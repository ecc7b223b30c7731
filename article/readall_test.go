package article

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadAllMatchesIOReadAll checks that reading a file into a buffer of
// its size gives what io.ReadAll of at most MaxSize+1 bytes gives: for an
// empty file, a small one, one of exactly MaxSize+1 bytes and one past it
// (cut at MaxSize+1), and for a reader that is not a file.
func TestReadAllMatchesIOReadAll(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 4096, MaxSize, MaxSize + 1, MaxSize + 5000} {
		data := bytes.Repeat([]byte("word. "), size/6+1)[:size]
		path := filepath.Join(dir, "a.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := readAll(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := io.ReadAll(io.LimitReader(bytes.NewReader(data), MaxSize+1))
		if !bytes.Equal(got, want) {
			t.Errorf("size %d: got %d bytes, want %d", size, len(got), len(want))
		}
	}
	got, err := readAll(strings.NewReader("not a file"))
	if err != nil || string(got) != "not a file" {
		t.Errorf("a reader: got %q, %v", got, err)
	}
}
