// Package embedcache keeps document embeddings on disk, keyed by embedding
// model and exact text, so that a restart with the same article and model
// makes no embedding requests and a changed article embeds only its new
// chunks.
package embedcache

import (
	"context"
	"crypto/sha256"
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
	rebuilt string // the note Rebuilt returns
	replace bool   // the file on disk is stale: Save must not merge it
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
		c.replace = true
	}
	return c
}

func (c *Cache) load() error {
	f, err := readFile(c.path, c.model)
	if err != nil {
		return err
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
		if len(vecs) > 0 && c.staleFor(len(vecs[0])) && len(missing) < len(texts) {
			// The server's model changed under the same name: what the
			// cache served is from the old one. Embed everything anew.
			if vecs, err = embed(ctx, texts); err != nil {
				return nil, err
			}
			if len(vecs) != len(texts) {
				return nil, fmt.Errorf("embed %d texts: got %d vectors", len(texts), len(vecs))
			}
			missing, where = texts, make([]int, len(texts))
			for i := range where {
				where[i] = i
			}
		}
		c.mu.Lock()
		for k, v := range vecs {
			if c.dim == 0 {
				c.dim = len(v)
			}
			if len(v) != c.dim {
				c.mu.Unlock()
				return nil, fmt.Errorf("embedding %d has %d dimensions, the others %d: the endpoint is inconsistent", k, len(v), c.dim)
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

// Dim returns the number of dimensions of the cached vectors, 0 when the
// cache is empty.
func (c *Cache) Dim() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.dim
}

// Rebuilt returns a note when the cache found its vectors were made by
// another model than the server's (their dimensions differ) and dropped
// them, and "" otherwise. The note is returned once.
func (c *Cache) Rebuilt() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	note := c.rebuilt
	c.rebuilt = ""
	return note
}

// Reset drops every cached vector because they no longer match the
// server's model, whose vectors have dim dimensions; the next Wrap call
// embeds its texts anew and the next Save replaces the file.
func (c *Cache) Reset(dim int) {
	c.staleFor(dim)
}

// staleFor reports whether the cache holds vectors of another dimension
// than dim, and if so drops them and records the note Rebuilt returns.
func (c *Cache) staleFor(dim int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dim == 0 || c.dim == dim {
		return false
	}
	c.rebuilt = fmt.Sprintf("the embedding model now returns %d dimensions where the cache held %d (the model was changed on the server): the cache was rebuilt for it", dim, c.dim)
	c.log.Warn("embedding cache is for another model; rebuilding it", "cached_dim", c.dim, "dim", dim, "path", c.path)
	c.vectors = map[[32]byte][]float32{}
	c.dim = 0
	c.replace = true
	return true
}
