package webarticle

import (
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
)

// publishedKeys are the <meta> names, properties and itemprops that carry a
// page's publication date, in order of preference. readability reads
// JSON-LD's datePublished, article:published_time as a property and a few
// Dublin Core terms, but not the plain "date" or "DC.date" of older content
// management systems (testdata/pages/oldcms.html), nor schema.org
// microdata, nor the names news sites use for their own crawlers.
var publishedKeys = []string{
	"article:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
	"dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
	"og:published_time", "pubdate", "publishdate", "publish-date", "publish_date",
	"publication_date", "sailthru.date", "date",
}

// metaPublished returns the publication date the page gives in its <meta>
// tags or in a microdata element (<time itemprop="datePublished"
// datetime="…">); false when it gives none that parses unambiguously.
func metaPublished(doc *html.Node) (time.Time, bool) {
	found := map[string]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			var keys []string
			value := ""
			for _, a := range n.Attr {
				switch strings.ToLower(a.Key) {
				case "name", "property", "itemprop":
					keys = append(keys, strings.ToLower(strings.TrimSpace(a.Val)))
				case "content", "datetime":
					if value == "" {
						value = strings.TrimSpace(a.Val)
					}
				}
			}
			for _, k := range keys {
				if _, seen := found[k]; !seen && value != "" {
					found[k] = value
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, k := range publishedKeys {
		v, ok := found[k]
		if !ok {
			continue
		}
		// An ambiguous date (03/04/2009) is better left unread than read
		// with the wrong month.
		if t, err := dateparse.ParseStrict(v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
