package embedcache

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Lock timing. Saving takes milliseconds; a lock older than lockStale was
// left by a process that died while holding it.
const (
	lockPoll  = 10 * time.Millisecond
	lockWait  = 10 * time.Second
	lockStale = 30 * time.Second
)

// readFile reads and checks the cache file at path for model.
func readFile(path, model string) (file, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return file{}, err
	}
	var f file
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&f); err != nil {
		return file{}, fmt.Errorf("decode: %w", err)
	}
	if f.Format != format {
		return file{}, fmt.Errorf("format %q, want %q", f.Format, format)
	}
	if f.Model != model {
		return file{}, fmt.Errorf("file is for model %q, not %q", f.Model, model)
	}
	for k, v := range f.Vectors {
		if len(v) != f.Dim || f.Dim == 0 {
			return file{}, fmt.Errorf("entry %x has %d dimensions, want %d", k[:4], len(v), f.Dim)
		}
	}
	return f, nil
}

// Save writes the cache so that no process loses another's work: under a
// lock file it reads what is on disk now, merges the entries it lacks (of
// the same dimensions), and replaces the file atomically (a temporary
// file, then renamed). Several processes on different articles with the
// same model thus each add their entries.
func (c *Cache) Save() error {
	dir := filepath.Dir(c.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create cache dir: %w", err)
	}
	unlock, err := lock(c.path + ".lock")
	if err != nil {
		return err
	}
	defer unlock()

	c.mu.Lock()
	if disk, err := readFile(c.path, c.model); err == nil && !c.replace && (disk.Dim == c.dim || c.dim == 0) {
		for k, v := range disk.Vectors {
			if _, ok := c.vectors[k]; !ok {
				c.vectors[k] = v
			}
		}
		c.dim = disk.Dim
	}
	f := file{Format: format, Model: c.model, Dim: c.dim, Vectors: c.vectors}
	var buf bytes.Buffer
	err = gob.NewEncoder(&buf).Encode(f)
	c.replace = false
	c.mu.Unlock()
	if err != nil {
		return fmt.Errorf("encode embedding cache: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".embeddings-*.tmp")
	if err != nil {
		return fmt.Errorf("create cache file: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return fmt.Errorf("write cache file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write cache file: %w", err)
	}
	if err := os.Rename(tmp.Name(), c.path); err != nil {
		return fmt.Errorf("replace cache file: %w", err)
	}
	return nil
}

// lock takes the lock file at path, created exclusively so that it works
// the same on every system, and returns the function that releases it. A
// lock older than lockStale is taken over.
func lock(path string) (func(), error) {
	deadline := time.Now().Add(lockWait)
	for {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err == nil {
			f.Close()
			return func() { os.Remove(path) }, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("lock embedding cache: %w", err)
		}
		if st, err := os.Stat(path); err == nil && time.Since(st.ModTime()) > lockStale {
			os.Remove(path)
			continue
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("lock embedding cache: %s is held by another process", path)
		}
		time.Sleep(lockPoll)
	}
}
