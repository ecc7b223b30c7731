// Package article turns the text of a news article into numbered paragraphs
// and sentences with exact byte offsets, so that every answer can point back
// to the words it came from.
package article

import (
	"sort"
	"strings"
)

// Kind says what role a paragraph plays in the article.
type Kind int

const (
	// Body is an ordinary paragraph of reporting: it is indexed and citable.
	Body Kind = iota
	// Heading is a short line without closing punctuation (a headline or a
	// section title). It gives context to the paragraphs below it but is
	// never an answer.
	Heading
	// Boilerplate is site furniture ("Click here for more World news.").
	// It keeps its number but is never indexed or cited.
	Boilerplate
)

// String returns the kind's lower-case name.
func (k Kind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Boilerplate:
		return "boilerplate"
	default:
		return "body"
	}
}

// Article is a parsed article. Offsets in paragraphs and sentences index
// into Text, which is the source text as given less a UTF-8 byte order
// mark and with CRLF and CR line endings made LF; OriginalOffset maps an
// offset back to the bytes as given.
type Article struct {
	Name       string
	Text       string
	Paragraphs []Paragraph
	Sentences  []Sentence
	// Meta holds what a web page says about the article; it is zero for
	// plain text.
	Meta Meta

	// bom is the length of the byte order mark dropped from the input, and
	// droppedCR the offsets in Text where the CR of a CRLF was dropped.
	bom       int
	droppedCR []int

	// normBody holds each body paragraph after Normalize, for Contains,
	// which the quotation checks call for every quoted span.
	normBody []string
}

// Paragraph is one numbered block of the article.
type Paragraph struct {
	// N is the paragraph's number, counting from 1 in source order over all
	// paragraphs, headings and boilerplate included.
	N          int
	Start, End int
	Text       string
	Kind       Kind
	// Section is the text of the nearest heading above the paragraph, or "".
	Section string
	// Sentences holds indexes into Article.Sentences.
	Sentences []int
}

// Sentence is one sentence of a body paragraph.
type Sentence struct {
	// ID is the sentence's index in Article.Sentences.
	ID int
	// Para is the number of the paragraph the sentence belongs to.
	Para       int
	Start, End int
	Text       string
}

// Paragraph returns paragraph n (counting from 1), or false if there is none.
func (a *Article) Paragraph(n int) (Paragraph, bool) {
	if n < 1 || n > len(a.Paragraphs) {
		return Paragraph{}, false
	}
	return a.Paragraphs[n-1], true
}

// Body returns the paragraphs of kind Body, in order.
func (a *Article) Body() []Paragraph {
	var out []Paragraph
	for _, p := range a.Paragraphs {
		if p.Kind == Body {
			out = append(out, p)
		}
	}
	return out
}

// Title returns the article's headline: the page's title for a web page,
// else its first paragraph when that is a heading, otherwise its first
// sentence.
func (a *Article) Title() string {
	if a.Meta.Title != "" {
		return a.Meta.Title
	}
	for _, p := range a.Paragraphs {
		switch p.Kind {
		case Heading:
			return p.Text
		case Body:
			if len(p.Sentences) > 0 {
				return a.Sentences[p.Sentences[0]].Text
			}
			return p.Text
		}
	}
	return ""
}

// SentencesOf returns the sentences of paragraph n.
func (a *Article) SentencesOf(n int) []Sentence {
	p, ok := a.Paragraph(n)
	if !ok {
		return nil
	}
	out := make([]Sentence, 0, len(p.Sentences))
	for _, id := range p.Sentences {
		out = append(out, a.Sentences[id])
	}
	return out
}

// Contains reports whether the article's body text contains s, comparing
// text normalised by Normalize (quotes, dashes, case and white space).
func (a *Article) Contains(s string) bool {
	n := Normalize(s)
	if n == "" {
		return false
	}
	for _, p := range a.normBody {
		if strings.Contains(p, n) {
			return true
		}
	}
	return false
}

// OriginalOffset returns the byte offset in the input as given (byte order
// mark and carriage returns included) of offset off of Text. An end offset
// maps to the end of the same text in the input, before any CR.
func (a *Article) OriginalOffset(off int) int {
	return off + a.bom + sort.SearchInts(a.droppedCR, off)
}
