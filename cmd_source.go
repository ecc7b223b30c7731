package main

import (
	"context"
	"fmt"
	"strconv"

	"articlebot/article"
	"articlebot/termtext"
)

func runSource(ctx context.Context, args []string, io stdio, getenv env) error {
	fs := newFlags(io, "source", "PARAGRAPH",
		"Prints article paragraph PARAGRAPH (counting from 1), so anyone can check\n"+
			"a citation such as ¶4. For the built-in article, paragraph n is its n-th\n"+
			"non-empty line.",
		"articlebot source 4",
		"articlebot source --article story.txt 2")
	path := articleFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	a, err := loadArticle(*path)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError{msg: fmt.Sprintf("source takes one paragraph number from 1 to %d, e.g. articlebot source 4", len(a.Paragraphs))}
	}
	n, err := strconv.Atoi(rest[0])
	p, ok := a.Paragraph(n)
	if err != nil || !ok {
		return usageError{msg: fmt.Sprintf("%q is not a paragraph number: the article has paragraphs 1 to %d", rest[0], len(a.Paragraphs))}
	}
	label := ""
	switch p.Kind {
	case article.Heading:
		label = " (heading)"
	case article.Boilerplate:
		label = " (site boilerplate, never cited)"
	}
	fmt.Fprintf(io.out, "¶%d%s\n%s\n", p.N, label, termtext.Clean(p.Text))
	return nil
}
