package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
	"articlebot/article"
)

// articleCommand is /article: which article is loaded and how answers are
// written.
func (b *Bot) articleCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "article",
			Description: "Which article I answer about: headline, byline, date, link, paragraphs, speakers",
		},
		run: func(ctx context.Context, x *exchange, _ discordgo.ApplicationCommandInteractionData) {
			eng, err := b.engineFor(ctx, x.in.GuildID)
			if err != nil {
				b.log.Error("server's article unavailable", "guild", x.in.GuildID, "err", err)
				b.respondErr(x, x.reply(ctx, msgArticleUnavailable, true))
				return
			}
			text := renderArticle(eng, b.cfg.Model)
			if b.cfg.Articles != nil && !x.dm() {
				text += "\n" + b.articleFooter(x)
			}
			b.respondErr(x, x.reply(ctx, text, true))
		},
	}
}

// articleFooter says whose article this is and, to admins, what it holds
// in memory and how to change it.
func (b *Bot) articleFooter(x *exchange) string {
	own := b.cfg.Articles.URL(x.in.GuildID) != ""
	var s string
	if own {
		s = "This server's own article."
	} else {
		s = "The bot's default article."
	}
	if isAdmin(x.in) {
		if mem := b.cfg.Articles.MemoryOf(x.in.GuildID); mem > 0 {
			s += fmt.Sprintf(" About %s in memory.", humanBytes(mem))
		}
		s += " Load another with /load-article."
	}
	return s
}

// renderArticle describes the loaded article and the answering mode.
func renderArticle(eng Engine, model string) string {
	a := eng.Article()
	var b strings.Builder
	b.WriteString(articleHead(a))
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

// articleHead is the article's title, byline, date, site, link and
// paragraph count, a line each where known. The link is in angle brackets,
// so Discord shows no preview of it.
func articleHead(a *article.Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n", quoteSource(shorten(a.Title(), 200)))
	var by []string
	if a.Meta.Byline != "" {
		by = append(by, "By "+quoteSource(shorten(a.Meta.Byline, 100)))
	}
	if !a.Meta.Published.IsZero() {
		by = append(by, a.Meta.Published.UTC().Format("2 January 2006"))
	}
	if a.Meta.Site != "" {
		by = append(by, quoteSource(shorten(a.Meta.Site, 100)))
	}
	if len(by) > 0 {
		b.WriteString(strings.Join(by, " · ") + "\n")
	}
	if a.Meta.URL != "" {
		fmt.Fprintf(&b, "<%s>\n", sanitize(a.Meta.URL))
	}
	fmt.Fprintf(&b, "%d paragraphs (%d of reporting)\n", len(a.Paragraphs), len(a.Body()))
	return b.String()
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// loadTook rounds a load's duration for the announcement.
func loadTook(d time.Duration) string {
	return d.Round(100 * time.Millisecond).String()
}

// errArticleUnavailable marks a question whose server's article could not
// be indexed again (dropped from memory, and its page gone from the cache).
var errArticleUnavailable = errors.New("the server's article is unavailable")

// engineFor returns the engine that answers in guild ("" for a DM).
func (b *Bot) engineFor(ctx context.Context, guildID string) (Engine, error) {
	if b.cfg.Articles == nil {
		return b.eng, nil
	}
	eng, err := b.cfg.Articles.For(ctx, guildID)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errArticleUnavailable, err)
	}
	return eng, nil
}
