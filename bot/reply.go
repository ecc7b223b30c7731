package bot

import (
	"context"
	"errors"
	"time"

	"github.com/bwmarrin/discordgo"
)

// surface is where an answer is shown: a deferred interaction response or
// a reply to a message.
type surface interface {
	// show edits the main message once; it may fail with a
	// *discordgo.RateLimitError or errExpired.
	show(ctx context.Context, m message) error
	// extra posts another part of the answer after the main message.
	extra(ctx context.Context, content string) error
	// repost posts parts as new channel messages, when the main message can
	// no longer be edited.
	repost(ctx context.Context, parts []string) error
	// private reports whether note and failPrivately reach only the asker.
	private() bool
	note(ctx context.Context, text string) error
	failPrivately(ctx context.Context, text string) error
	// deadline is when show stops working; zero for never.
	deadline() time.Time
	// withdraw deletes the main message, so that an unchecked draft never
	// stays up when the checked answer or an error cannot replace it.
	withdraw(ctx context.Context) error
}

// replySurface shows an answer in a message replying to the question.
type replySurface struct {
	b         *Bot
	channelID string
	messageID string
	bucket    string
}

// newReplySurface posts the placeholder reply that the answer is edited
// into. The reply references the question but does not ping its author.
func (b *Bot) newReplySurface(ctx context.Context, q *discordgo.Message, bucket string) (*replySurface, error) {
	m := newMessage("💭 Reading the article…")
	no := false
	m.Reference = &discordgo.MessageReference{MessageID: q.ID, ChannelID: q.ChannelID, GuildID: q.GuildID, FailIfNotExists: &no}
	sent, err := b.sendMessage(ctx, q.ChannelID, m, bucket)
	if err != nil {
		return nil, err
	}
	return &replySurface{b: b, channelID: q.ChannelID, messageID: sent.ID, bucket: bucket}, nil
}

func (s *replySurface) show(ctx context.Context, m message) error {
	_, err := s.b.editMessage(ctx, s.channelID, s.messageID, m, s.bucket)
	return err
}

func (s *replySurface) extra(ctx context.Context, content string) error {
	_, err := s.b.sendMessage(ctx, s.channelID, newMessage(content), s.bucket)
	return err
}

func (s *replySurface) repost(ctx context.Context, parts []string) error {
	for _, p := range parts {
		if err := s.extra(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

func (s *replySurface) private() bool { return false }

func (s *replySurface) note(context.Context, string) error {
	return errors.New("a reply cannot carry a private note")
}

func (s *replySurface) failPrivately(context.Context, string) error {
	return errors.New("a reply cannot fail privately")
}

func (s *replySurface) deadline() time.Time { return time.Time{} }

func (s *replySurface) withdraw(ctx context.Context) error {
	_, err := s.b.callRetry(ctx, "DELETE", discordgo.EndpointChannelMessage(s.channelID, s.messageID), nil, s.bucket)
	return err
}

// replyText answers a message with a short sentence, as a reply that pings
// nobody. It is sent silently, which also tells it apart from an answer
// when a conversation's history is read back.
func (b *Bot) replyText(ctx context.Context, q *discordgo.Message, text, bucket string) {
	m := newMessage(text)
	m.Flags = discordgo.MessageFlagsSuppressNotifications
	no := false
	m.Reference = &discordgo.MessageReference{MessageID: q.ID, ChannelID: q.ChannelID, GuildID: q.GuildID, FailIfNotExists: &no}
	if _, err := b.sendMessage(ctx, q.ChannelID, m, bucket); err != nil {
		b.log.Warn("could not reply to a message", "channel", q.ChannelID, "message", q.ID, "err", err)
	}
}
