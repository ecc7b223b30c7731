package webarticle

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"articlebot/article"
)

// ErrNoStory means the page has no recognisable story: a home page, a list
// of links, a login wall.
var ErrNoStory = errors.New("no news story found on the page")

// A page is a story only if readability finds at least minBodyParagraphs
// body paragraphs holding minBodyChars characters. Calibrated on the
// fixtures in testdata/pages: the shortest story (oldcms.html) has 5 body
// paragraphs and 930 characters; the navigation page has none.
const (
	minBodyParagraphs = 2
	minBodyChars      = 250
)

// Parse extracts the story from an HTML page: its title, byline, site,
// publication time and its paragraphs in order, subheads as headings.
// contentType is the page's Content-Type header, if it came with one (it
// may name the charset); pageURL is where it came from, or nil.
func Parse(name string, data []byte, contentType string, pageURL *url.URL) (*article.Article, error) {
	doc, err := html.Parse(bytes.NewReader(decode(data, contentType)))
	if err != nil {
		return nil, fmt.Errorf("%s: parse html: %w", name, err)
	}
	strip(doc)
	published, hasPublished := metaPublished(doc)
	parser := readability.NewParser()
	page, err := parser.ParseDocument(doc, pageURL)
	if err != nil || page.Node == nil {
		return nil, fmt.Errorf("%s: %w", name, ErrNoStory)
	}
	meta := article.Meta{
		Title:  clean(page.Title()),
		Byline: clean(page.Byline()),
		Site:   clean(page.SiteName()),
	}
	if pageURL != nil {
		meta.URL = pageURL.String()
	}
	if t, err := page.PublishedTime(); err == nil {
		meta.Published = t
	} else if hasPublished {
		meta.Published = published
	}
	blocks := collect(page.Node, meta.Byline)
	if !isStory(blocks) {
		return nil, fmt.Errorf("%s: %w", name, ErrNoStory)
	}
	a, err := article.FromBlocks(name, blocks, meta)
	if errors.Is(err, article.ErrNoBody) || errors.Is(err, article.ErrEmpty) {
		return nil, fmt.Errorf("%s: %w", name, ErrNoStory)
	}
	return a, err
}

// decode converts the page to UTF-8. The charset comes from a byte order
// mark or the Content-Type header when there is one; a page that only
// declares one in a <meta> tag, or none, is taken as UTF-8 if it is valid
// UTF-8 (pages often declare Latin-1 and are UTF-8), else as declared, else
// as Windows-1252, as browsers do.
func decode(data []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" || !certain && utf8.Valid(data) {
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// furnitureTags never hold the story.
var furnitureTags = map[string]bool{
	"nav": true, "footer": true, "aside": true, "form": true, "button": true,
	"figcaption": true, "iframe": true, "noscript": true, "dialog": true,
	"amp-ad": true, "amp-sidebar": true, "amp-social-share": true, "amp-img": true,
}

// furnitureClass matches the class or id of page furniture, as words of
// the attribute ("ad-slot", "read-more", "share_bar" but not "shadow").
var furnitureClass = regexp.MustCompile(`(?i)(^|[\s_-])(ads?|advert\w*|promo|sponsor\w*|related|share|sharing|social|newsletter|subscribe|signup|read-?more|more-from|comments?|cookies?|consent|caption|breadcrumbs?|sidebar|menu|navbar)($|[\s_-])`)

// strip removes page furniture before readability runs: readability drops
// much of it by its own scores, but captions, ad labels and "read more"
// links inside the story survive them.
func strip(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isFurniture(c) {
			n.RemoveChild(c)
		} else {
			strip(c)
		}
		c = next
	}
}

func isFurniture(n *html.Node) bool {
	if furnitureTags[n.Data] {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && furnitureClass.MatchString(a.Val) {
			return true
		}
	}
	return false
}

// collect walks readability's content in order and returns its blocks:
// paragraphs, list items, quotations and headings. A line that only
// repeats the byline, holds no letter (a live blog's "01:42") or is mostly
// links is left out.
func collect(root *html.Node, byline string) []article.Block {
	var out []article.Block
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			return
		}
		switch n.Data {
		case "h1", "h2", "h3", "h4", "h5", "h6":
			if t := clean(text(n)); t != "" {
				out = append(out, article.Block{Text: t, Heading: true})
			}
			return
		case "p", "li", "pre", "td", "dd", "dt":
			if hasBlockChild(n) {
				break
			}
			t := clean(text(n))
			if t != "" && hasLetter(t) && !isBylineLine(t, byline) && !mostlyLinks(n, t) {
				out = append(out, article.Block{Text: t})
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.Data {
			case "p", "div", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre":
				return true
			}
		}
	}
	return false
}

// mostlyLinks reports whether more than half of a block's text is link
// text: a list of headlines, a "read more" line, a menu, never reporting.
func mostlyLinks(n *html.Node, t string) bool {
	linked := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			linked += len(clean(text(n)))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return linked*2 > len(t)
}

// text returns the text under n, with a space for each line break.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// clean collapses white space and drops control characters, which a page
// may hold and a terminal must never receive.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isBylineLine reports whether t is the byline set as a line of the story
// ("By Maria Okafor · 14 March 2026"): it names the author and has few
// other words.
func isBylineLine(t, byline string) bool {
	if byline == "" || !strings.Contains(strings.ToLower(t), strings.ToLower(byline)) {
		return false
	}
	return len(strings.Fields(t))-len(strings.Fields(byline)) <= 5
}

// isStory reports whether the blocks hold enough reporting to be a story.
func isStory(blocks []article.Block) bool {
	n, chars := 0, 0
	for _, b := range blocks {
		if !b.Heading && len(strings.Fields(b.Text)) >= 5 {
			n++
			chars += len(b.Text)
		}
	}
	return n >= minBodyParagraphs && chars >= minBodyChars
}
