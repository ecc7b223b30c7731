package bot

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// helpCommand is /help.
func (b *Bot) helpCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "help",
			Description: "How to ask me about the article and check my answers",
		},
		run: func(ctx context.Context, x *exchange, _ discordgo.ApplicationCommandInteractionData) {
			b.respondErr(x, x.reply(ctx, renderHelp(b.cfg), true))
		},
	}
}

// renderHelp explains the commands and the limits.
func renderHelp(cfg Config) string {
	return fmt.Sprintf(`I answer questions about one news article, and every answer cites the paragraphs it comes from, so you can check it.

**/ask** question — a cited answer; each [n] is listed as ¶P with the sentence it cites. Press Stop to cancel it while it is being written.
**/summary** [length: short | long] — the article in a few cited sentences: its lead and most central points.
**/speakers** — who the article quotes, with their roles and one cited quotation each.
**/quote** speaker — what someone said, word for word, with paragraph numbers.
**/source** paragraph — the exact text of a paragraph, to check a citation.
**/article** — which article is loaded (title, byline, date, link), who it quotes, and how answers are written.%s
You can also mention me with a question, or just "tl;dr". I reply to your message and open a thread; ask follow-ups there ("what else did he say?") and I use the earlier questions and answers in the thread.

Limits: questions of up to %d characters, %d questions a minute each, one at a time.`, loadHelp(cfg), cfg.MaxQuestion, cfg.PerMinute)
}

// loadHelp mentions /load-article when servers may have their own article.
func loadHelp(cfg Config) string {
	if cfg.Articles == nil {
		return ""
	}
	return "\n**/load-article** url — server admins: make another news article this server's (direct messages keep the default)."
}
