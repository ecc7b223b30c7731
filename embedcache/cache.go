// Package embedcache keeps document embeddings on disk, keyed by embedding
// model and exact text, so that a restart with the same article and model
// makes no embedding requests and a changed article embeds only its new
// chunks.
package embedcache

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
)

// format identifies the file layout; a file of another format is rebuilt.
const format = "articlebot-embeddings-v1"

// BatchFunc embeds texts, returning one vector per text in order.
type BatchFunc func(ctx context.Context, texts []string) ([][]float32, error)

// Cache is the embeddings of one model, stored in one file. Keys are the
// SHA-256 of the text, so two texts never share an entry (unlike a 32-bit
// hash of a document id).
type Cache struct {
	path  string
	model string
	log   *slog.Logger

	mu      sync.Mutex
	vectors map[[32]byte][]float32
	dim     int
}

// file is the on-disk form.
type file struct {
	Format  string
	Model   string
	Dim     int
	Vectors map[[32]byte][]float32
}

// Open loads the cache for model from dir, creating nothing until the first
// Save. A missing file is an empty cache; a corrupt or foreign file is
// logged and replaced on the next save, never fatal.
func Open(dir, model string, log *slog.Logger) *Cache {
	if log == nil {
		log = slog.Default()
	}
	sum := sha256.Sum256([]byte(model))
	c := &Cache{
		path:    filepath.Join(dir, fmt.Sprintf("embeddings-%x.gob", sum[:8])),
		model:   model,
		log:     log,
		vectors: map[[32]byte][]float32{},
	}
	if err := c.load(); err != nil && !errors.Is(err, os.ErrNotExist) {
		log.Warn("embedding cache unreadable; it will be rebuilt", "path", c.path, "err", err)
		c.vectors = map[[32]byte][]float32{}
		c.dim = 0
	}
	return c
}

func (c *Cache) load() error {
	data, err := os.ReadFile(c.path)
	if err != nil {
		return err
	}
	var f file
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&f); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	if f.Format != format {
		return fmt.Errorf("format %q, want %q", f.Format, format)
	}
	if f.Model != c.model {
		return fmt.Errorf("file is for model %q, not %q", f.Model, c.model)
	}
	for k, v := range f.Vectors {
		if len(v) != f.Dim || f.Dim == 0 {
			return fmt.Errorf("entry %x has %d dimensions, want %d", k[:4], len(v), f.Dim)
		}
	}
	c.vectors, c.dim = f.Vectors, f.Dim
	return nil
}

// Len returns how many embeddings the cache holds.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.vectors)
}

// Wrap returns a BatchFunc that answers from the cache and sends only the
// texts it lacks to embed, in one call, then saves the cache.
func (c *Cache) Wrap(embed BatchFunc) BatchFunc {
	return func(ctx context.Context, texts []string) ([][]float32, error) {
		out := make([][]float32, len(texts))
		var missing []string
		var where []int
		c.mu.Lock()
		for i, t := range texts {
			if v, ok := c.vectors[sha256.Sum256([]byte(t))]; ok {
				out[i] = v
				continue
			}
			missing = append(missing, t)
			where = append(where, i)
		}
		c.mu.Unlock()
		if len(missing) == 0 {
			return out, nil
		}
		vecs, err := embed(ctx, missing)
		if err != nil {
			return nil, err
		}
		if len(vecs) != len(missing) {
			return nil, fmt.Errorf("embed %d texts: got %d vectors", len(missing), len(vecs))
		}
		c.mu.Lock()
		for k, v := range vecs {
			if c.dim == 0 {
				c.dim = len(v)
			}
			if len(v) != c.dim {
				c.mu.Unlock()
				return nil, fmt.Errorf("embedding has %d dimensions, the cache holds %d: was EMBEDDING_MODEL changed on the server?", len(v), c.dim)
			}
			c.vectors[sha256.Sum256([]byte(missing[k]))] = v
			out[where[k]] = v
		}
		c.mu.Unlock()
		if err := c.Save(); err != nil {
			c.log.Warn("could not save embedding cache; embeddings will be requested again next start", "path", c.path, "err", err)
		}
		return out, nil
	}
}

// Save writes the cache atomically: to a temporary file, then renamed.
func (c *Cache) Save() error {
	c.mu.Lock()
	f := file{Format: format, Model: c.model, Dim: c.dim, Vectors: c.vectors}
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(f)
	c.mu.Unlock()
	if err != nil {
		return fmt.Errorf("encode embedding cache: %w", err)
	}
	dir := filepath.Dir(c.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create cache dir: %w", err)
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
