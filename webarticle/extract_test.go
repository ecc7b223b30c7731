package webarticle

import (
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"articlebot/article"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// render writes what Parse found, one paragraph a line, for golden files.
func render(a *article.Article) string {
	var b strings.Builder
	m := a.Meta
	published := ""
	if !m.Published.IsZero() {
		published = m.Published.UTC().Format("2006-01-02T15:04Z")
	}
	fmt.Fprintf(&b, "title: %s\nbyline: %s\nsite: %s\npublished: %s\nurl: %s\n\n", m.Title, m.Byline, m.Site, published, m.URL)
	for _, p := range a.Paragraphs {
		fmt.Fprintf(&b, "¶%d %s: %s\n", p.N, p.Kind, p.Text)
	}
	return b.String()
}

func TestParseGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(pages) < 8 {
		t.Fatalf("got %d fixture pages (%v), want at least 8", len(pages), err)
	}
	u, _ := url.Parse("https://news.example.com/story")
	for _, path := range pages {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(name, data, "", u)
			if name == "navonly" {
				if !errors.Is(err, ErrNoStory) {
					t.Fatalf("got %v, want ErrNoStory", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := render(a)
			golden := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}
