package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"articlebot/article"
)

// sourceCommand is /source paragraph: a paragraph's exact text, so anyone
// can check a citation.
func (b *Bot) sourceCommand() command {
	one := 1.0
	maxN := 0.0
	if b.cfg.Articles == nil {
		// One article everywhere: Discord itself bounds the number. With
		// an article per server, each has its own count, checked on use.
		maxN = float64(max(1, len(b.eng.Article().Paragraphs)))
	}
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "source",
			Description: "Show a paragraph of the article, to check a citation such as ¶5",
			Options: []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionInteger,
				Name:        "paragraph",
				Description: "The paragraph number (the N of ¶N)",
				Required:    true,
				MinValue:    &one,
				MaxValue:    maxN,
			}},
		},
		run: b.runSource,
	}
}

func (b *Bot) runSource(ctx context.Context, x *exchange, data discordgo.ApplicationCommandInteractionData) {
	if refusal := b.gate(ctx, x.in.ChannelID, x.dm(), x.bucket); refusal != "" && refusal != msgDraining {
		b.respondErr(x, x.reply(ctx, refusal, true))
		return
	}
	eng, err := b.engineFor(ctx, x.in.GuildID)
	if err != nil {
		b.log.Error("server's article unavailable", "guild", x.in.GuildID, "err", err)
		b.respondErr(x, x.reply(ctx, msgArticleUnavailable, true))
		return
	}
	a := eng.Article()
	n, ok := optInt(data.Options, "paragraph")
	p, found := a.Paragraph(n)
	if !ok || !found {
		b.respondErr(x, x.reply(ctx, fmt.Sprintf("The article has paragraphs ¶1 to ¶%d.", len(a.Paragraphs)), true))
		return
	}
	b.respondErr(x, x.reply(ctx, renderSource(p, len(a.Paragraphs)), false))
}

// renderSource shows a paragraph as a block quote under its number.
func renderSource(p article.Paragraph, total int) string {
	head := fmt.Sprintf("**¶%d** of %d", p.N, total)
	if p.Kind != article.Body {
		head += " (" + p.Kind.String() + ")"
	}
	if p.Section != "" && p.Kind == article.Body {
		head += " — section “" + quoteSource(shorten(p.Section, 200)) + "”"
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(p.Text), "\n") {
		lines = append(lines, "> "+quoteSource(l))
	}
	return head + "\n" + strings.Join(lines, "\n")
}
