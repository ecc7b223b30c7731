package article

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func mkfifo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	return path
}

func TestLoadRefusesADirectory(t *testing.T) {
	_, err := LoadContext(context.Background(), t.TempDir())
	if !errors.Is(err, ErrNotFile) || !strings.Contains(err.Error(), "directory") {
		t.Errorf("got %v, want ErrNotFile naming a directory", err)
	}
}

func TestLoadFIFO(t *testing.T) {
	const text = "Headline\n\nThe council voted on Monday.\n"
	tests := []struct {
		name   string
		write  func(path string) // what a writer does, in its own goroutine; nil: nobody opens it
		cancel bool
		want   error
	}{
		{"a writer sends an article", func(p string) { os.WriteFile(p, []byte(text), 0) }, false, nil},
		{"nobody ever writes", nil, true, context.Canceled},
		{"a writer opens and stays silent", func(p string) {
			f, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err == nil {
				time.Sleep(5 * time.Second)
				f.Close()
			}
		}, true, context.Canceled},
		{"a writer floods it", func(p string) {
			f, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			defer f.Close()
			line := []byte(strings.Repeat("All work and no play. ", 1000) + "\n")
			for range MaxSize/len(line) + 2 {
				if _, err := f.Write(line); err != nil {
					return // the reader stopped at the limit
				}
			}
		}, false, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := mkfifo(t)
			if tt.write != nil {
				go tt.write(path)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancel {
				time.AfterFunc(100*time.Millisecond, cancel)
			}
			done := make(chan error, 1)
			go func() {
				_, err := LoadContext(ctx, path)
				done <- err
			}()
			select {
			case err := <-done:
				if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
					t.Errorf("got %v, want %v", err, tt.want)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("LoadContext still waits after the context ended")
			}
		})
	}
}

func TestReadStandardInput(t *testing.T) {
	a, err := Read(context.Background(), "standard input", strings.NewReader("Headline\n\nThe council voted on Monday.\n"))
	if err != nil || len(a.Paragraphs) != 2 {
		t.Fatalf("got %v, %v", a, err)
	}
}
