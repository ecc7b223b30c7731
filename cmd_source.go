package main

import (
	"context"
	"fmt"
	"strconv"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/termtext"
)

func runSource(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "source", "PARAGRAPH",
		"Prints article paragraph PARAGRAPH (counting from 1), so anyone can check\n"+
			"a citation such as ¶4. For the built-in article, paragraph n is its n-th\n"+
			"non-empty line.",
		"articlebot source 4",
		"articlebot source --article story.txt 2")
	path := articleFlag(flags)
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	a, err := loadArticle(ctx, *path, std.in)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return argError{msg: fmt.Sprintf("source takes one paragraph number from 1 to %d, e.g. articlebot source 4", len(a.Paragraphs))}
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
	fmt.Fprintf(std.out, "¶%d%s\n%s\n", p.N, label, termtext.Clean(text))
	if cut > 0 {
		fmt.Fprintf(std.out, "… (%d more characters not shown: the paragraph is too long for a terminal)\n", cut)
	}
	return nil
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
