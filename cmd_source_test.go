package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// page serves the modern fixture page at /story and a 404 elsewhere.
func page(t *testing.T) *httptest.Server {
	t.Helper()
	html, err := os.ReadFile("webarticle/testdata/pages/modern.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(html)
		case "/paper.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestSourceJSONFromURL(t *testing.T) {
	srv := page(t)
	vars := map[string]string{"ARTICLEBOT_CACHE_DIR": t.TempDir()}
	out, errOut, code := cli(t, "", vars, "source", "--json", "--article", srv.URL+"/story")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Title, Byline, Published, Site, URL string
		Paragraphs                          []struct {
			N          int
			Kind, Text string
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got.Title != "Bridge repairs to close Riverside crossing for six weeks" || got.Byline != "Maria Okafor" ||
		got.Published != "2026-03-14T08:30:00Z" || got.Site != "The Valley Courier" || got.URL != srv.URL+"/story" {
		t.Errorf("got metadata %+v", got)
	}
	if len(got.Paragraphs) != 8 || got.Paragraphs[2].Kind != "heading" || got.Paragraphs[2].Text != "Why now" || got.Paragraphs[2].N != 3 {
		t.Errorf("got paragraphs %+v, want 8 with ¶3 the heading \"Why now\"", got.Paragraphs)
	}
	// Numbering is stable: the cached page gives the same paragraphs.
	again, _, _ := cli(t, "", vars, "source", "--json", "--article", srv.URL+"/story")
	if again != out {
		t.Errorf("second run differs:\n%s\nwant\n%s", again, out)
	}
}

func TestSourceOverview(t *testing.T) {
	out, errOut, code := cli(t, "", map[string]string{"ARTICLEBOT_CACHE_DIR": t.TempDir()}, "source", "--article", "webarticle/testdata/pages/latin1.html")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Le festival de Montréal attire un public record", "By Hélène Côté", "Published 12 July 2026", "4 paragraphs (4 body, 0 headings, 0 site boilerplate)"} {
		if !strings.Contains(out, want) {
			t.Errorf("overview lacks %q:\n%s", want, out)
		}
	}
	shipped, _, _ := cli(t, "", nil, "source")
	if !strings.Contains(shipped, "37 paragraphs") {
		t.Errorf("built-in overview: got %q, want 37 paragraphs", shipped)
	}
}

func TestArticleInJSON(t *testing.T) {
	vars := map[string]string{"ARTICLEBOT_CACHE_DIR": t.TempDir()}
	for _, args := range [][]string{
		{"ask", "--json", "--article", "webarticle/testdata/pages/modern.html", "How long will the crossing close?"},
		{"quote", "--json", "--article", "webarticle/testdata/pages/modern.html", "Anand"},
		{"quote", "--json", "--article", "webarticle/testdata/pages/modern.html"},
	} {
		out, errOut, code := cli(t, "", vars, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var got struct{ Article map[string]string }
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: not JSON: %v", args, err)
		}
		if got.Article["title"] != "Bridge repairs to close Riverside crossing for six weeks" || got.Article["byline"] != "Maria Okafor" {
			t.Errorf("%v: got article %v", args, got.Article)
		}
	}
}

func TestWebArticleErrors(t *testing.T) {
	srv := page(t)
	vars := map[string]string{"ARTICLEBOT_CACHE_DIR": t.TempDir()}
	tests := []struct {
		article, want string
	}{
		{srv.URL + "/missing", "page not found (HTTP 404): check the address"},
		{srv.URL + "/paper.pdf", "a PDF document"},
		{"webarticle/testdata/pages/navonly.html", "no news story found"},
		{"http://127.0.0.1:1/", "cannot be reached"},
	}
	for _, tt := range tests {
		out, errOut, code := cli(t, "", vars, "ask", "--article", tt.article, "What happened?")
		if code != exitBadInput || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 and one line containing %q", tt.article, code, errOut, tt.want)
		}
	}
}
