package article

import (
	"fmt"
	"strings"
	"time"
)

// Meta says where an article came from. A plain-text article has none but
// a name; one read from a web page has what the page declares.
type Meta struct {
	Title  string
	Byline string
	Site   string
	// URL is the page's address after redirects, or "".
	URL string
	// Published is the publication time the page gives, or zero.
	Published time.Time
}

// Block is one paragraph of a page as an HTML extractor found it: text on
// one line, and whether the page marks it as a heading.
type Block struct {
	Text    string
	Heading bool
}

// FromBlocks builds an article from the paragraphs of a web page, in page
// order. A heading stays a heading whatever its shape; other blocks are body
// unless they are site furniture (see classify), which is kept, numbered,
// as boilerplate. The article's Text is the blocks joined by blank lines,
// so paragraph n of a page is its n-th block every time it is read.
func FromBlocks(name string, blocks []Block, meta Meta) (*Article, error) {
	var b strings.Builder
	var kinds []Kind
	for _, bl := range blocks {
		text := strings.Join(strings.Fields(bl.Text), " ")
		if text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text)
		switch {
		case bl.Heading:
			kinds = append(kinds, Heading)
		case isBoilerplate(text):
			kinds = append(kinds, Boilerplate)
		default:
			kinds = append(kinds, Body)
		}
	}
	data := []byte(b.String())
	if err := validate(data); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	a := &Article{Name: name, Text: string(data), Meta: meta}
	a.Paragraphs = splitParagraphs(a.Text)
	if len(a.Paragraphs) != len(kinds) {
		return nil, fmt.Errorf("%s: %d paragraphs for %d blocks", name, len(a.Paragraphs), len(kinds))
	}
	for i := range a.Paragraphs {
		a.Paragraphs[i].Kind = kinds[i]
	}
	if err := a.index(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}
