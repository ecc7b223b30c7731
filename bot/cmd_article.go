package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
)

// articleCommand is /article: which article is loaded and how answers are
// written.
func (b *Bot) articleCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "article",
			Description: "Which article I answer about: headline, paragraphs, speakers, and how answers are written",
		},
		run: func(ctx context.Context, x *exchange, _ discordgo.ApplicationCommandInteractionData) {
			b.respondErr(x, x.reply(ctx, renderArticle(b.eng, b.cfg.Model), true))
		},
	}
}

// renderArticle describes the loaded article and the answering mode.
func renderArticle(eng Engine, model string) string {
	a := eng.Article()
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n", quoteSource(shorten(a.Title(), 200)))
	fmt.Fprintf(&b, "%d paragraphs (%d of reporting)\n", len(a.Paragraphs), len(a.Body()))
	speakers := eng.Speakers()
	if len(speakers) == 0 {
		b.WriteString("Speakers: the article quotes nobody.\n")
	} else {
		var names []string
		for _, s := range speakers[:min(len(speakers), 12)] {
			names = append(names, fmt.Sprintf("%s (%d quoted, %d reported)", quoteSource(s.Name), s.Quotes, s.Statements))
		}
		more := ""
		if len(speakers) > 12 {
			more = fmt.Sprintf(" and %d more", len(speakers)-12)
		}
		fmt.Fprintf(&b, "Speakers: %s%s\n", strings.Join(names, ", "), more)
	}
	if eng.Mode() == answer.LLM {
		if model == "" {
			model = "the configured model"
		}
		fmt.Fprintf(&b, "Mode: llm — answers are written by %s from the article's paragraphs, and every citation and quotation is checked against the article.", sanitize(model))
	} else {
		b.WriteString("Mode: extractive — answers are made of the article's own sentences, each cited; no language model is involved.")
	}
	return b.String()
}
