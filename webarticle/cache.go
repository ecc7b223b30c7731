package webarticle

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"time"
)

// pageCache keeps fetched pages on disk, one JSON header and one body file
// per URL, named by the URL's SHA-256. Writes go to a temporary file that
// is renamed into place, so a crash never leaves half a page.
type pageCache struct {
	dir string // "" caches nothing
	log *slog.Logger
}

// cacheEntry is what the cache keeps of a page.
type cacheEntry struct {
	URL          string    `json:"url"`
	ContentType  string    `json:"content_type"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"`
	body         []byte
}

func (e cacheEntry) page() *Page {
	return &Page{URL: e.URL, ContentType: e.ContentType, Body: e.body}
}

func openCache(dir string, log *slog.Logger) *pageCache {
	if dir != "" {
		dir = filepath.Join(dir, "pages")
	}
	return &pageCache{dir: dir, log: log}
}

func (c *pageCache) path(key, ext string) string {
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:16])+ext)
}

func (c *pageCache) get(key string) (cacheEntry, bool) {
	if c.dir == "" {
		return cacheEntry{}, false
	}
	head, err := os.ReadFile(c.path(key, ".json"))
	if err != nil {
		return cacheEntry{}, false
	}
	var e cacheEntry
	if err := json.Unmarshal(head, &e); err != nil {
		c.log.Warn("page cache: unreadable entry", "err", err)
		return cacheEntry{}, false
	}
	if e.body, err = os.ReadFile(c.path(key, ".body")); err != nil {
		return cacheEntry{}, false
	}
	return e, true
}

// put stores an entry; a failure only costs a refetch, so it is logged.
func (c *pageCache) put(key string, e cacheEntry) {
	if c.dir == "" {
		return
	}
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		c.log.Warn("page cache: cannot create directory", "err", err)
		return
	}
	head, err := json.Marshal(e)
	if err != nil {
		return
	}
	if e.body != nil {
		if err := writeAtomic(c.path(key, ".body"), e.body); err != nil {
			c.log.Warn("page cache: write failed", "err", err)
			return
		}
	}
	if err := writeAtomic(c.path(key, ".json"), head); err != nil {
		c.log.Warn("page cache: write failed", "err", err)
	}
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), fileMode); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
