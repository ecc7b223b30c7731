package webarticle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"
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

// dialContext resolves the host itself and dials each address in turn with
// dialer, whose Control hook (when PublicOnly) judges the address.
func (f *Fetcher) dialContext(dialer *net.Dialer) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		var ips []netip.Addr
		if ip, err := netip.ParseAddr(host); err == nil {
			ips = []netip.Addr{ip}
		} else if ips, err = f.opts.lookup(ctx, host); err != nil {
			return nil, err
		}
		p, err := strconv.ParseUint(port, 10, 16)
		if err != nil {
			return nil, fmt.Errorf("bad port %q: %w", port, err)
		}
		var firstErr error
		for _, ip := range ips {
			c, err := dialer.DialContext(ctx, network, netip.AddrPortFrom(ip, uint16(p)).String())
			if err == nil {
				return c, nil
			}
			if firstErr == nil {
				firstErr = err
			}
		}
		if firstErr == nil {
			firstErr = fmt.Errorf("no address for %s", host)
		}
		return nil, firstErr
	}
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

// acceptableType refuses content types that are no article (PDF, images,
// audio, video, archives) before their body is read. Pages without a type
// or with a generic one are judged by their content later.
func acceptableType(ctype string) error {
	if ctype == "" {
		return nil
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return nil
	}
	switch {
	case mt == "application/pdf":
		return errors.New("a PDF document")
	case strings.HasPrefix(mt, "image/"):
		return errors.New("an image")
	case strings.HasPrefix(mt, "audio/"), strings.HasPrefix(mt, "video/"):
		return errors.New("audio or video")
	case mt == "application/zip", mt == "application/gzip", mt == "application/x-tar":
		return errors.New("an archive")
	}
	return nil
}

// transportError names what went wrong with the connection.
func (f *Fetcher) transportError(ctx context.Context, raw string, err error) error {
	var ne net.Error
	switch {
	case errors.Is(err, ErrForbiddenAddress):
		return &Error{URL: raw, Reason: ErrForbiddenAddress, Detail: "only public web pages can be loaded from here", Cause: err}
	case errors.Is(err, ErrTooManyRedirects):
		return pageError(raw, ErrTooManyRedirects, err, "more than %d", f.opts.MaxRedirects)
	case errors.Is(err, ErrBadURL):
		return &Error{URL: raw, Reason: ErrBadURL, Detail: "a redirect left the web", Cause: err}
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return pageError(raw, ErrTimeout, err, "no complete answer in %s", f.opts.Timeout)
	case errors.Is(err, context.Canceled):
		return err
	case errors.Is(err, syscall.ECONNREFUSED):
		return &Error{URL: raw, Reason: ErrUnreachable, Detail: "connection refused", Cause: err}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return &Error{URL: raw, Reason: ErrUnreachable, Detail: "no such host", Cause: err}
	}
	return &Error{URL: raw, Reason: ErrUnreachable, Cause: err}
}

// fileMode is how cache files are written: pages are public, but the cache
// lists what a server discussed.
const fileMode os.FileMode = 0o600
