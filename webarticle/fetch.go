package webarticle

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"time"
)

// Defaults for Options fields left zero.
const (
	DefaultUserAgent      = "articlebot/1.0 (reads one news article to answer questions about it)"
	DefaultConnectTimeout = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	// DefaultMaxBytes bounds a page. News pages weigh 50 KB to 2 MB of
	// HTML; more than this is not an article.
	DefaultMaxBytes     = 8 << 20
	DefaultMaxRedirects = 5
	// DefaultFreshFor is how long a cached page is used without asking the
	// site again; after it, the cache revalidates with ETag and
	// Last-Modified.
	DefaultFreshFor = 10 * time.Minute
)

// Options configure a Fetcher. Zero values mean the defaults above.
type Options struct {
	UserAgent      string
	ConnectTimeout time.Duration
	// Timeout bounds a whole fetch, redirects and body included.
	Timeout      time.Duration
	MaxBytes     int64
	MaxRedirects int
	FreshFor     time.Duration
	// CacheDir holds fetched pages; "" caches nothing.
	CacheDir string
	// PublicOnly refuses connections to loopback, private, link-local and
	// metadata addresses (see Forbidden), checked on the address dialled.
	// Set it for URLs from strangers (Discord), not for the operator's own.
	PublicOnly bool
	Logger     *slog.Logger

	// lookup resolves host names; tests replace it.
	lookup func(ctx context.Context, host string) ([]netip.Addr, error)
}

// Fetcher fetches pages and turns them into articles. It is safe for
// concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
	cache  *pageCache
}

// New returns a Fetcher.
func New(opts Options) *Fetcher {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = DefaultConnectTimeout
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.FreshFor <= 0 {
		opts.FreshFor = DefaultFreshFor
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.lookup == nil {
		opts.lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		}
	}
	f := &Fetcher{opts: opts, cache: openCache(opts.CacheDir, opts.Logger)}
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout}
	if opts.PublicOnly {
		dialer.Control = guardControl
	}
	transport := &http.Transport{
		DialContext:           f.dialContext(dialer),
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConns:          10,
		IdleConnTimeout:       90 * time.Second,
	}
	if !opts.PublicOnly {
		// A proxy would dial for us, out of the guard's sight: only the
		// operator's own fetches may use one.
		transport.Proxy = http.ProxyFromEnvironment
	}
	f.client = &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return ErrTooManyRedirects
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return ErrBadURL
			}
			return nil
		},
	}
	return f
}

// Page is a fetched page.
type Page struct {
	// URL is where the page was found, after redirects.
	URL         string
	ContentType string
	Body        []byte
}

// CheckURL parses an http or https URL.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &Error{URL: raw, Reason: ErrBadURL, Cause: err}
	}
	return u, nil
}

// IsURL reports whether s looks like an http or https URL rather than a
// file path.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Fetch returns the page at raw: from the cache while it is fresh, else
// from the site, revalidating a cached copy with its ETag and
// Last-Modified. When cachedOnly is set, any cached copy is used whatever
// its age (a restart reloading what it had).
func (f *Fetcher) Fetch(ctx context.Context, raw string, cachedOnly bool) (*Page, error) {
	u, err := CheckURL(raw)
	if err != nil {
		return nil, err
	}
	key := u.String()
	entry, cached := f.cache.get(key)
	if cached && (cachedOnly || time.Since(entry.Fetched) < f.opts.FreshFor) {
		return entry.page(), nil
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, key, nil)
	if err != nil {
		return nil, &Error{URL: raw, Reason: ErrBadURL, Cause: err}
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	if cached {
		if entry.ETag != "" {
			req.Header.Set("If-None-Match", entry.ETag)
		}
		if entry.LastModified != "" {
			req.Header.Set("If-Modified-Since", entry.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.transportError(ctx, raw, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && cached {
		entry.Fetched = time.Now()
		f.cache.put(key, entry)
		return entry.page(), nil
	}
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, pageError(raw, ErrNotFound, nil, "HTTP %d", resp.StatusCode)
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, pageError(raw, ErrHTTPStatus, nil, "HTTP %d", resp.StatusCode)
	}
	ctype := resp.Header.Get("Content-Type")
	if err := acceptableType(ctype); err != nil {
		return nil, &Error{URL: raw, Reason: ErrNotPage, Detail: err.Error()}
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, pageError(raw, ErrTooLarge, nil, "%d MB, the limit is %d MB", resp.ContentLength>>20, f.opts.MaxBytes>>20)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, f.transportError(ctx, raw, err)
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, pageError(raw, ErrTooLarge, nil, "over %d MB", f.opts.MaxBytes>>20)
	}
	page := &Page{URL: resp.Request.URL.String(), ContentType: ctype, Body: body}
	f.cache.put(key, cacheEntry{
		URL:          page.URL,
		ContentType:  ctype,
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Fetched:      time.Now(),
		body:         body,
	})
	return page, nil
}

// fileMode is how cache files are written: pages are public, but the cache
// lists what a server discussed.
const fileMode os.FileMode = 0o600
