package webarticle

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestMetaPublished(t *testing.T) {
	for _, tt := range []struct {
		name, head, body, want string
	}{
		{"plain date", `<meta name="date" content="2009-11-02">`, "", "2009-11-02T00:00Z"},
		{"dublin core", `<meta name="DC.date" content="2011-05-06T08:00:00Z">`, "", "2011-05-06T08:00Z"},
		{"property by name", `<meta name="article:published_time" content="2020-01-02T03:04:05+01:00">`, "", "2020-01-02T02:04Z"},
		{"microdata meta", `<meta itemprop="datePublished" content="2018-07-01">`, "", "2018-07-01T00:00Z"},
		{"microdata time", "", `<time itemprop="datePublished" datetime="2021-03-04T10:00Z">4 March</time>`, "2021-03-04T10:00Z"},
		{"published before plain date", `<meta name="date" content="2001-01-01"><meta property="article:published_time" content="2002-02-02">`, "", "2002-02-02T00:00Z"},
		{"unparsable skipped", `<meta name="pubdate" content="last week"><meta name="date" content="2009-11-02">`, "", "2009-11-02T00:00Z"},
		{"ambiguous day and month", `<meta name="date" content="03/04/2009">`, "", ""},
		{"modified is not published", `<meta name="dcterms.modified" content="2009-11-02">`, "", ""},
		{"none", `<meta name="author" content="Tom">`, "<p>2009-11-02</p>", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if p, ok := metaPublished(doc); ok {
				got = p.UTC().Format("2006-01-02T15:04Z")
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
