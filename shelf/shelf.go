// Package shelf keeps the articles a bot's Discord servers discuss: each
// server (guild) has its own, loaded by URL, and direct messages use the
// default one. It holds a bounded number of indexed articles in memory,
// least recently used dropped first and indexed again from the page cache
// when next asked about, and remembers each server's article across
// restarts in a state file.
package shelf

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"articlebot/answer"
)

// DefaultMaxHeld bounds the articles held in memory when Options.MaxHeld
// is 0. A typical news page's engine holds about 0.5 MB (see
// BenchmarkHeldArticle), so 16 is small; a 4.5 MB article holds about
// 115 MB, which is why the bound exists at all.
const DefaultMaxHeld = 16

// LoadFunc fetches and indexes the article at url. With cachedOnly, a
// cached copy of the page is used whatever its age (a reload after a
// restart or an eviction must give the same paragraphs).
type LoadFunc func(ctx context.Context, url string, cachedOnly bool) (*answer.Engine, error)

// Options configure a Shelf.
type Options struct {
	// Default answers in direct messages and in servers with no article
	// of their own.
	Default *answer.Engine
	Load    LoadFunc
	// StatePath is the file that remembers each server's article; ""
	// remembers nothing.
	StatePath string
	MaxHeld   int
	Logger    *slog.Logger
}

// Shelf is safe for concurrent use.
type Shelf struct {
	opts Options

	mu      sync.Mutex
	guilds  map[string]string // guild id → article URL
	held    map[string]*held  // article URL → engine
	clock   uint64
	loading map[string]*reload // URL → a reload in progress, shared by askers
}

type held struct {
	eng  *answer.Engine
	used uint64
}

type reload struct {
	done chan struct{}
	eng  *answer.Engine
	err  error
}

// state is the state file's content.
type state struct {
	Guilds map[string]string `json:"guilds"`
}

// New returns a shelf, reading the servers' articles from the state file
// (the articles themselves are indexed when first asked about). A missing
// file is an empty state; an unreadable one is logged and ignored, so a
// damaged file never keeps the bot from starting.
func New(opts Options) (*Shelf, error) {
	if opts.Default == nil || opts.Load == nil {
		return nil, errors.New("shelf: a default engine and a load function are required")
	}
	if opts.MaxHeld <= 0 {
		opts.MaxHeld = DefaultMaxHeld
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Shelf{opts: opts, guilds: map[string]string{}, held: map[string]*held{}, loading: map[string]*reload{}}
	if opts.StatePath != "" {
		data, err := os.ReadFile(opts.StatePath)
		switch {
		case errors.Is(err, os.ErrNotExist):
		case err != nil:
			opts.Logger.Warn("cannot read the servers' articles; starting with none", "path", opts.StatePath, "err", err)
		default:
			var st state
			if err := json.Unmarshal(data, &st); err != nil {
				opts.Logger.Warn("the servers' articles file is damaged; starting with none", "path", opts.StatePath, "err", err)
			} else if st.Guilds != nil {
				s.guilds = st.Guilds
			}
		}
	}
	return s, nil
}

// URL returns the address of guild's own article, or "" when it uses the
// default.
func (s *Shelf) URL(guild string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.guilds[guild]
}

// For returns the engine of guild's article: its own, indexed again from
// the page cache if it was dropped from memory, or the default for "" (a
// direct message) and for servers without one. Concurrent askers of an
// article being reindexed wait for the same reload.
func (s *Shelf) For(ctx context.Context, guild string) (*answer.Engine, error) {
	s.mu.Lock()
	url, ok := s.guilds[guild]
	if guild == "" || !ok {
		s.mu.Unlock()
		return s.opts.Default, nil
	}
	if h := s.held[url]; h != nil {
		s.clock++
		h.used = s.clock
		s.mu.Unlock()
		return h.eng, nil
	}
	r := s.loading[url]
	if r == nil {
		r = &reload{done: make(chan struct{})}
		s.loading[url] = r
		go s.reload(url, r)
	}
	s.mu.Unlock()
	select {
	case <-r.done:
		return r.eng, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// reload indexes url from the cache for the askers waiting on r. It runs
// apart from any one asker, so that one giving up does not fail the rest;
// it ends when the load does.
func (s *Shelf) reload(url string, r *reload) {
	eng, err := s.opts.Load(context.Background(), url, true)
	s.mu.Lock()
	delete(s.loading, url)
	if err == nil {
		s.put(url, eng)
	}
	s.mu.Unlock()
	r.eng, r.err = eng, err
	if err != nil {
		s.opts.Logger.Warn("cannot reload a server's article", "url", url, "err", err)
	}
	close(r.done)
}

// Load fetches and indexes the article at url, then makes it guild's
// article in one step: questions already being answered finish on the
// article they started with (they hold its engine), and every later one
// gets the new. The choice is saved in the state file.
func (s *Shelf) Load(ctx context.Context, guild, url string) (*answer.Engine, error) {
	if guild == "" {
		return nil, errors.New("shelf: direct messages use the default article")
	}
	eng, err := s.opts.Load(ctx, url, false)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.guilds[guild] = url
	s.put(url, eng)
	err = s.save()
	s.mu.Unlock()
	if err != nil {
		// The article is loaded; only a restart would forget it.
		s.opts.Logger.Error("cannot save the servers' articles", "path", s.opts.StatePath, "err", err)
	}
	return eng, nil
}

// put holds eng as url's engine, dropping the least recently used beyond
// MaxHeld. The caller holds s.mu.
func (s *Shelf) put(url string, eng *answer.Engine) {
	s.clock++
	s.held[url] = &held{eng: eng, used: s.clock}
	for len(s.held) > s.opts.MaxHeld {
		oldest := ""
		for u, h := range s.held {
			if oldest == "" || h.used < s.held[oldest].used {
				oldest = u
			}
		}
		delete(s.held, oldest)
		s.opts.Logger.Info("dropped an article from memory; it is reindexed from the cache when next asked about", "url", oldest)
	}
}

// save writes the state file atomically. The caller holds s.mu.
func (s *Shelf) save() error {
	if s.opts.StatePath == "" {
		return nil
	}
	data, err := json.MarshalIndent(state{Guilds: s.guilds}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(s.opts.StatePath), 0o700); err != nil {
		return fmt.Errorf("create state directory: %w", err)
	}
	tmp := s.opts.StatePath + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return fmt.Errorf("write state: %w", err)
	}
	return os.Rename(tmp, s.opts.StatePath)
}

// Held describes one article in memory.
type Held struct {
	URL    string
	Title  string
	Guilds []string // the servers whose article it is
	// Bytes estimates the memory it holds (answer.Engine.MemoryBytes);
	// TextBytes is the size of its text.
	Bytes, TextBytes int64
}

// Default returns the default article's engine.
func (s *Shelf) Default() *answer.Engine { return s.opts.Default }

// Holding returns guild's own article's engine if it is in memory, without
// loading it or counting it as used.
func (s *Shelf) Holding(guild string) (*answer.Engine, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.held[s.guilds[guild]]
	if h == nil {
		return nil, false
	}
	return h.eng, true
}

// Held lists the articles in memory, most recently used first.
func (s *Shelf) Held() []Held {
	s.mu.Lock()
	defer s.mu.Unlock()
	type row struct {
		Held
		used uint64
	}
	var rows []row
	for url, h := range s.held {
		a := h.eng.Article()
		r := row{Held: Held{URL: url, Title: a.Title(), Bytes: h.eng.MemoryBytes(), TextBytes: int64(len(a.Text))}, used: h.used}
		for g, u := range s.guilds {
			if u == url {
				r.Guilds = append(r.Guilds, g)
			}
		}
		slices.Sort(r.Guilds)
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(b.used, a.used) })
	out := make([]Held, len(rows))
	for i, r := range rows {
		out[i] = r.Held
	}
	return out
}
