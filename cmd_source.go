package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/termtext"
)

func runSource(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "source", "[PARAGRAPH]",
		"Prints article paragraph PARAGRAPH (counting from 1), so anyone can check\n"+
			"a citation such as ¶4. For the built-in article, paragraph n is its n-th\n"+
			"non-empty line. Without a number, prints an overview: title, byline, date,\n"+
			"site, address and paragraph count.",
		"articlebot source 4",
		"articlebot source --article story.txt 2",
		"articlebot source --article https://example.com/news/story",
		"articlebot source --json --article saved-page.html")
	path := articleFlag(flags)
	asJSON := flags.Bool("json", false, "print the whole article as JSON: {title, byline, published, site, url, paragraphs: [{n, kind, text}]}")
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) > 1 {
		return argError{msg: "source takes at most one paragraph number, e.g. articlebot source 4"}
	}
	_, a, err := configuredArticle(ctx, *path, std, getenv)
	if err != nil {
		return err
	}
	if *asJSON {
		if len(rest) > 0 {
			return argError{msg: "source --json prints the whole article: leave out the paragraph number"}
		}
		return writeJSON(std.out, sourceReport{articleInfo: infoOf(a), Paragraphs: paragraphsOf(a)})
	}
	if len(rest) == 0 {
		renderOverview(std.out, a)
		return nil
	}
	n, err := strconv.Atoi(rest[0])
	p, ok := a.Paragraph(n)
	if err != nil || !ok {
		return argError{msg: fmt.Sprintf("%q is not a paragraph number: the article has paragraphs 1 to %d", rest[0], len(a.Paragraphs))}
	}
	label := ""
	switch p.Kind {
	case article.Heading:
		label = " (heading)"
	case article.Boilerplate:
		label = " (site boilerplate, never cited)"
	}
	text, cut := shownText(p.Text)
	w, flush := screenOut(std, getenv)
	defer flush()
	fmt.Fprintf(w, "¶%d%s\n%s\n", p.N, label, termtext.Clean(text))
	if cut > 0 {
		fmt.Fprintf(w, "… (%d more characters not shown: the paragraph is too long for a terminal)\n", cut)
	}
	return nil
}

// articleInfo is the article's metadata in the JSON contract of source,
// ask and quote. Unknown fields are empty strings; published is RFC 3339.
type articleInfo struct {
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
	Site      string `json:"site"`
	URL       string `json:"url"`
}

func infoOf(a *article.Article) articleInfo {
	info := articleInfo{Title: a.Title(), Byline: a.Meta.Byline, Site: a.Meta.Site, URL: a.Meta.URL}
	if !a.Meta.Published.IsZero() {
		info.Published = a.Meta.Published.Format(time.RFC3339)
	}
	return info
}

// sourceReport is what `source --json` prints.
type sourceReport struct {
	articleInfo
	Paragraphs []paragraphJSON `json:"paragraphs"`
}

type paragraphJSON struct {
	N    int    `json:"n"`
	Kind string `json:"kind"`
	Text string `json:"text"`
}

func paragraphsOf(a *article.Article) []paragraphJSON {
	out := make([]paragraphJSON, 0, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		out = append(out, paragraphJSON{N: p.N, Kind: p.Kind.String(), Text: p.Text})
	}
	return out
}

// renderOverview prints what the article is, in a few lines.
func renderOverview(w io.Writer, a *article.Article) {
	fmt.Fprintf(w, "%s\n", termtext.Clean(a.Title()))
	if a.Meta.Byline != "" {
		fmt.Fprintf(w, "By %s\n", termtext.Clean(a.Meta.Byline))
	}
	if !a.Meta.Published.IsZero() {
		fmt.Fprintf(w, "Published %s\n", a.Meta.Published.Format("2 January 2006, 15:04 MST"))
	}
	if a.Meta.Site != "" {
		fmt.Fprintf(w, "Site: %s\n", termtext.Clean(a.Meta.Site))
	}
	if a.Meta.URL != "" {
		fmt.Fprintf(w, "%s\n", termtext.Clean(a.Meta.URL))
	}
	body, headings, other := 0, 0, 0
	for _, p := range a.Paragraphs {
		switch p.Kind {
		case article.Body:
			body++
		case article.Heading:
			headings++
		default:
			other++
		}
	}
	fmt.Fprintf(w, "%d paragraphs (%d body, %d headings, %d site boilerplate); see one with: articlebot source N\n",
		len(a.Paragraphs), body, headings, other)
}

// maxShown is the most characters of one paragraph `source` prints. News
// paragraphs are a few hundred (the longest of the eval articles has 326);
// a megabyte "paragraph" would flood the terminal.
const maxShown = 20000

// shownText returns the part of text to print and how many characters
// (runes) were left out.
func shownText(text string) (string, int) {
	n := 0
	for i := range text {
		if n == maxShown {
			return text[:i], utf8.RuneCountInString(text[i:])
		}
		n++
	}
	return text, 0
}
