package main

import (
	"context"
	"fmt"
	"strconv"

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
	fmt.Fprintf(std.out, "¶%d%s\n%s\n", p.N, label, termtext.Clean(p.Text))
	return nil
}
