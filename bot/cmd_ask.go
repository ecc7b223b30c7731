package bot

import (
	"context"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// askCommand is /ask question: a cited answer that streams into the reply.
func (b *Bot) askCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "ask",
			Description: "Ask about the article; the answer cites the paragraphs it comes from",
			Options: []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "question",
				Description: "Your question, e.g. What did Witkoff say?",
				Required:    true,
				MaxLength:   b.cfg.MaxQuestion,
			}},
		},
		run: b.runAsk,
	}
}

// runAsk checks the question in memory only, so the deferral reaches
// Discord well inside its 3 s deadline, before any retrieval; refusals are
// ephemeral.
func (b *Bot) runAsk(ctx context.Context, x *exchange, data discordgo.ApplicationCommandInteractionData) {
	b.askInteraction(ctx, x, strings.TrimSpace(optString(data.Options, "question")))
}

// askInteraction answers text as /ask does; /summary and /speakers ask
// their questions through it too.
func (b *Bot) askInteraction(ctx context.Context, x *exchange, text string) {
	refusal := b.gate(ctx, x.in.ChannelID, x.dm(), x.bucket)
	if refusal == "" {
		refusal = b.checkQuestion(text)
	}
	var done func()
	if refusal == "" {
		if done, refusal = b.limits.begin(x.userID()); refusal != "" {
			b.metrics.RateLimited()
		}
	}
	if refusal != "" {
		b.metrics.Question(entrySlash, outcomeRefused)
		b.respondErr(x, x.reply(ctx, refusal, true))
		return
	}
	defer done()
	if err := x.deferReply(ctx); err != nil {
		b.metrics.Question(entrySlash, outcomeError)
		b.log.Error("could not defer a question; the user sees \"The application did not respond\"", "interaction", x.in.ID, "err", err)
		return
	}
	b.metrics.Latency("defer", time.Since(x.received))
	// In a thread (or DM) the earlier turns there are the history.
	q := question{
		text: text, asker: x.userID(), guild: x.in.GuildID, convKey: b.conversationIn(ctx, x.in.ChannelID, x.dm(), x.bucket), done: done,
		channelID: x.in.ChannelID, bucket: x.bucket, header: questionHeader(text), entry: entrySlash, start: x.received,
	}
	b.answerQuestion(ctx, q, b.interactionSurface(x), nil)
}
