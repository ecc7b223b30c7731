package webarticle

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/pages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// site serves the fixtures and the failure cases.
func site(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	modern := fixture(t, "modern.html")
	latin1 := fixture(t, "latin1.html")
	var conditional atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "articlebot/") {
			http.Error(w, "no user agent", http.StatusForbidden)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(modern)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip only", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(modern)
		zw.Close()
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		// The header's charset, not the page's meta, must decide.
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write(bytes.Replace(latin1, []byte("windows-1252"), []byte("utf-8"), 1))
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "A plain story\n\nThe council met on Monday and agreed the budget.\n")
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(modern)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/story", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/story", http.StatusFound)
	})
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4 ...")
	})
	mux.HandleFunc("/sneaky-pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		fmt.Fprint(w, "%PDF-1.4 \x00\x01 binary")
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>filler text</p>\n"), 1000)
		for range 200 { // about 3.8 MB, with no Content-Length
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/nav", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(fixture(t, "navonly.html"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &conditional
}

func TestLoad(t *testing.T) {
	srv, _ := site(t)
	f := New(Options{Timeout: 2 * time.Second, MaxBytes: 1 << 20, MaxRedirects: 3})
	ctx := context.Background()
	tests := []struct {
		path   string
		want   error  // nil: an article
		detail string // in the error's line, or the first body paragraph's start
	}{
		{"/story", nil, "The Riverside crossing"},
		{"/gzip", nil, "The Riverside crossing"},
		{"/latin1", nil, "Le festival d’été de Montréal"},
		{"/text", nil, "The council met on Monday"},
		{"/untyped", nil, "The Riverside crossing"},
		{"/hop/2", nil, "The Riverside crossing"},
		{"/hop/5", ErrTooManyRedirects, "more than 3"},
		{"/ftp", ErrBadURL, "redirect"},
		{"/gone", ErrNotFound, "HTTP 404"},
		{"/error", ErrHTTPStatus, "HTTP 500"},
		{"/slow", ErrTimeout, "no complete answer"},
		{"/pdf", ErrNotPage, "PDF"},
		{"/sneaky-pdf", ErrNotPage, "PDF"},
		{"/image", ErrNotPage, "image"},
		{"/huge", ErrTooLarge, "over 1 MB"},
		{"/nav", ErrNoStory, "no news story"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			a, err := f.Load(ctx, srv.URL+tt.path, false)
			if tt.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				if got := a.Body()[0].Text; !strings.HasPrefix(got, tt.detail) {
					t.Errorf("got first paragraph %q, want it to start %q", got, tt.detail)
				}
				return
			}
			var pe *Error
			if !errors.Is(err, tt.want) || !errors.As(err, &pe) {
				t.Fatalf("got %v, want %v as an *Error", err, tt.want)
			}
			if line := err.Error(); !strings.Contains(line, tt.detail) || strings.Contains(line, "\n") {
				t.Errorf("got line %q, want one line containing %q", line, tt.detail)
			}
		})
	}
}

func TestLoadMeta(t *testing.T) {
	srv, _ := site(t)
	a, err := New(Options{}).Load(context.Background(), srv.URL+"/hop/1", false)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Meta.URL, srv.URL+"/story"; got != want {
		t.Errorf("got URL %q, want the final one %q", got, want)
	}
	if a.Meta.Byline != "Maria Okafor" || a.Meta.Site != "The Valley Courier" || a.Meta.Published.IsZero() {
		t.Errorf("got meta %+v, want byline, site and date", a.Meta)
	}
}

func TestRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, err = New(Options{}).Load(context.Background(), "http://"+addr+"/", false)
	if !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "refused") {
		t.Errorf("got %v, want a refused connection", err)
	}
}

func TestCache(t *testing.T) {
	srv, conditional := site(t)
	dir := t.TempDir()
	ctx := context.Background()
	first, err := New(Options{CacheDir: dir}).Load(ctx, srv.URL+"/story", false)
	if err != nil {
		t.Fatal(err)
	}
	// Fresh: no request at all, even with the site gone.
	fresh := New(Options{CacheDir: dir})
	srv.Config.Handler = http.NotFoundHandler()
	again, err := fresh.Load(ctx, srv.URL+"/story", false)
	if err != nil {
		t.Fatal(err)
	}
	if render(again) != render(first) {
		t.Errorf("cached article differs:\n%s\nwant\n%s", render(again), render(first))
	}
	// Stale: revalidated with the ETag, and a 304 keeps the copy.
	srv2, conditional2 := site(t)
	_ = conditional
	stale := New(Options{CacheDir: dir, FreshFor: time.Nanosecond})
	if _, err := stale.Load(ctx, srv2.URL+"/story", false); err != nil {
		t.Fatal(err)
	}
	if _, err := stale.Load(ctx, srv2.URL+"/story", false); err != nil {
		t.Fatal(err)
	}
	if got := conditional2.Load(); got != 1 {
		t.Errorf("got %d conditional requests answered 304, want 1", got)
	}
	// cachedOnly uses any copy, whatever its age.
	srv2.Close()
	if _, err := stale.Load(ctx, srv2.URL+"/story", true); err != nil {
		t.Errorf("cached only: %v", err)
	}
}

func TestGuard(t *testing.T) {
	srv, _ := site(t)
	ctx := context.Background()
	private := func(addrs ...string) func(context.Context, string) ([]netip.Addr, error) {
		return func(context.Context, string) ([]netip.Addr, error) {
			var out []netip.Addr
			for _, a := range addrs {
				out = append(out, netip.MustParseAddr(a))
			}
			return out, nil
		}
	}
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(srv.URL, "http://"))
	tests := []struct {
		name   string
		url    string
		lookup func(context.Context, string) ([]netip.Addr, error)
	}{
		{"loopback literal", srv.URL + "/story", nil},
		{"name resolving to loopback", "http://news.example.com:" + port + "/story", private("127.0.0.1")},
		{"name resolving to private", "http://news.example.com:" + port + "/story", private("10.1.2.3", "192.168.0.7")},
		{"metadata", "http://169.254.169.254/latest/meta-data/", nil},
		{"mapped loopback", "http://[::ffff:127.0.0.1]:" + port + "/story", nil},
		{"ipv6 loopback", "http://[::1]:" + port + "/story", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := New(Options{PublicOnly: true, Timeout: 2 * time.Second})
			if tt.lookup != nil {
				f = New(Options{PublicOnly: true, Timeout: 2 * time.Second, lookup: tt.lookup})
			}
			_, err := f.Load(ctx, tt.url, false)
			if !errors.Is(err, ErrForbiddenAddress) {
				t.Errorf("got %v, want ErrForbiddenAddress", err)
			}
		})
	}
	t.Run("guard off", func(t *testing.T) {
		// The operator's own fetches (the command line, or the bot with
		// private addresses allowed) reach any address, redirects included.
		f := New(Options{Timeout: 2 * time.Second, lookup: private("127.0.0.1")})
		if _, err := f.Load(ctx, "http://news.example.com:"+port+"/hop/1", false); err != nil {
			t.Fatalf("without the guard: %v", err)
		}
	})
}

func TestForbidden(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true}, {"10.0.0.1", true}, {"172.16.5.4", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"100.100.100.200", true}, {"0.0.0.0", true}, {"::1", true},
		{"fd00:ec2::254", true}, {"fe80::1", true}, {"::ffff:10.0.0.1", true}, {"224.0.0.1", true},
		{"93.184.215.14", false}, {"2606:4700::1111", false}, {"8.8.8.8", false},
	}
	for _, tt := range tests {
		if got := Forbidden(netip.MustParseAddr(tt.ip)); got != tt.want {
			t.Errorf("Forbidden(%s): got %v, want %v", tt.ip, got, tt.want)
		}
	}
}
