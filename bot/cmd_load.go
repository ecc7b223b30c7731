package bot

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/webarticle"
)

// loadCommand is /load-article url, an admin command: the server's article
// becomes the page at url, fetched and indexed while questions go on being
// answered from the current one, then announced in the channel.
func (b *Bot) loadCommand() command {
	return command{
		def: adminOnly(&discordgo.ApplicationCommand{
			Name:        "load-article",
			Description: "Make another news article this server's, by its web address (server admins)",
			Options: []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "url",
				Description: "The article's address, starting with https://",
				Required:    true,
				MaxLength:   2000,
			}},
		}),
		run: b.runLoad,
	}
}

func (b *Bot) runLoad(ctx context.Context, x *exchange, data discordgo.ApplicationCommandInteractionData) {
	if !b.requireAdmin(ctx, x, "load-article") {
		return
	}
	raw := strings.TrimSpace(optString(data.Options, "url"))
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		b.respondErr(x, x.reply(ctx, "Give the article's web address, starting with https:// (or http://).", true))
		return
	}
	if b.draining.Load() {
		b.respondErr(x, x.reply(ctx, msgDraining, true))
		return
	}
	if err := x.reply(ctx, "⏳ Fetching and indexing <"+raw+">. Questions are answered from the current article until it is ready; I'll announce it in this channel.", true); err != nil {
		b.respondErr(x, err)
		return
	}
	// The load runs in this handler's goroutine, which the shutdown waits
	// for; a shutdown past its grace period cancels it like an answer.
	lctx, cancelTimeout := context.WithTimeout(context.Background(), b.cfg.LoadTimeout)
	defer cancelTimeout()
	lctx, cancel := context.WithCancelCause(lctx)
	defer cancel(nil)
	r := b.running.add(x.userID(), cancel)
	defer b.running.remove(r.key)
	start := time.Now()
	eng, err := b.cfg.Articles.Load(lctx, x.in.GuildID, raw)
	if err != nil {
		b.log.Warn("could not load an article", "guild", x.in.GuildID, "user", x.userID(), "url", raw, "err", err)
		b.editLoadReply(ctx, x, "❌ "+loadFailure(err, context.Cause(lctx)))
		return
	}
	a := eng.Article()
	b.log.Info("loaded an article", "guild", x.in.GuildID, "user", x.userID(), "url", raw,
		"paragraphs", len(a.Paragraphs), "memory_bytes", b.cfg.Articles.MemoryOf(x.in.GuildID), "took", time.Since(start).Round(time.Millisecond))
	b.editLoadReply(ctx, x, "✅ Loaded in "+loadTook(time.Since(start))+".")
	announce := "📰 This server's article is now:\n" + articleHead(a) + "Ask away with /ask or by mentioning me."
	if _, err := b.sendMessage(ctx, x.in.ChannelID, newMessage(announce), x.bucket); err != nil {
		b.log.Warn("could not announce the new article", "channel", x.in.ChannelID, "err", err)
	}
}

// editLoadReply replaces the private "Fetching…" reply with the outcome.
func (b *Bot) editLoadReply(ctx context.Context, x *exchange, text string) {
	if _, err := x.editOriginal(ctx, newMessage(text)); err != nil {
		b.log.Warn("could not tell the admin how the load went", "err", err)
	}
}

// loadFailure is the sentence for an admin whose article did not load: a
// page's own reason (not found, a PDF, no story, a private address), or a
// general one. The article in use stays.
func loadFailure(err, cause error) string {
	var we *webarticle.Error
	switch {
	case errors.As(err, &we):
		return "Could not load it: " + we.Error() + ". This server keeps its current article."
	case errors.Is(cause, errShutdown):
		return "I was restarted before the article was ready. Please load it again in a minute."
	case errors.Is(cause, context.DeadlineExceeded):
		return "Loading took too long, so I gave up. This server keeps its current article."
	}
	return "Could not load it: something went wrong while indexing the page. This server keeps its current article."
}
