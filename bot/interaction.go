package bot

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// exchange is one interaction being handled: its token, its own rate-limit
// bucket and whether it has been acknowledged.
type exchange struct {
	b        *Bot
	in       *discordgo.Interaction
	bucket   string
	received time.Time
	acked    atomic.Bool
}

func (b *Bot) newExchange(in *discordgo.Interaction) *exchange {
	return &exchange{b: b, in: in, bucket: b.buckets.acquire(), received: time.Now()}
}

func (x *exchange) release() { x.b.buckets.release(x.bucket) }

// userID is the id of the person who interacted, in a guild or a DM.
func (x *exchange) userID() string {
	switch {
	case x.in.Member != nil && x.in.Member.User != nil:
		return x.in.Member.User.ID
	case x.in.User != nil:
		return x.in.User.ID
	}
	return ""
}

func (x *exchange) dm() bool { return x.in.GuildID == "" }

func (x *exchange) appID() string {
	if x.in.AppID != "" {
		return x.in.AppID
	}
	return x.b.appIDValue()
}

// callback answers the interaction; Discord allows one answer, within 3 s.
func (x *exchange) callback(ctx context.Context, typ discordgo.InteractionResponseType, data any) error {
	body := struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data any                               `json:"data,omitempty"`
	}{typ, data}
	_, err := x.b.call(ctx, "POST", discordgo.EndpointInteractionResponse(x.in.ID, x.in.Token), body, x.bucket)
	if err == nil {
		x.acked.Store(true)
	}
	return err
}

// reply answers with a message, split into followups when it is long.
func (x *exchange) reply(ctx context.Context, text string, ephemeral bool) error {
	parts := capParts(splitMessage(text, maxContent), "-# (cut to fit Discord: the rest is too long to post)")
	if len(parts) == 0 {
		parts = []string{"…"}
	}
	m := newMessage(parts[0])
	if ephemeral {
		m.Flags = discordgo.MessageFlagsEphemeral
	}
	if err := x.callback(ctx, discordgo.InteractionResponseChannelMessageWithSource, m); err != nil {
		return fmt.Errorf("reply to interaction: %w", err)
	}
	for _, p := range parts[1:] {
		fm := newMessage(p)
		fm.Flags = m.Flags
		if _, err := x.followup(ctx, fm); err != nil {
			return err
		}
	}
	return nil
}

// deferReply shows "thinking…" publicly; the answer follows as edits.
func (x *exchange) deferReply(ctx context.Context) error {
	data := struct {
		AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	}{noPings()}
	if err := x.callback(ctx, discordgo.InteractionResponseDeferredChannelMessageWithSource, data); err != nil {
		return fmt.Errorf("defer interaction: %w", err)
	}
	return nil
}

// editOriginal edits the response, once: the caller decides about retries.
func (x *exchange) editOriginal(ctx context.Context, m message) (*discordgo.Message, error) {
	raw, err := x.b.call(ctx, "PATCH", discordgo.EndpointInteractionResponseActions(x.appID(), x.in.Token), m, x.bucket)
	return decodeMessage(raw, err)
}

// followup sends a followup message, waiting out rate limits.
func (x *exchange) followup(ctx context.Context, m message) (*discordgo.Message, error) {
	raw, err := x.b.callRetry(ctx, "POST", discordgo.EndpointFollowupMessage(x.appID(), x.in.Token)+"?wait=true", m, x.bucket)
	return decodeMessage(raw, err)
}

func (x *exchange) deleteOriginal(ctx context.Context) error {
	_, err := x.b.call(ctx, "DELETE", discordgo.EndpointInteractionResponseActions(x.appID(), x.in.Token), nil, x.bucket)
	return err
}

// apologise tells the user, privately, that their interaction failed.
func (x *exchange) apologise() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var err error
	if x.acked.Load() {
		m := newMessage(msgFailed)
		m.Flags = discordgo.MessageFlagsEphemeral
		_, err = x.followup(ctx, m)
	} else {
		err = x.reply(ctx, msgFailed, true)
	}
	if err != nil {
		x.b.log.Warn("could not tell the user their interaction failed", "interaction", x.in.ID, "err", err)
	}
}

// errExpired says the interaction token can no longer be used.
var errExpired = errors.New("interaction token expired")

// interactionSurface shows an answer in a deferred interaction response,
// falling back to channel messages once the token is about to expire.
type interactionSurface struct {
	x      *exchange
	expiry time.Time // last moment the token is used
	end    time.Time // when Discord invalidates it

	mu    sync.Mutex
	noted bool
}

func (b *Bot) interactionSurface(x *exchange) *interactionSurface {
	margin := min(30*time.Second, b.cfg.TokenLifetime/30)
	return &interactionSurface{
		x:      x,
		expiry: x.received.Add(b.cfg.TokenLifetime - margin),
		end:    x.received.Add(b.cfg.TokenLifetime),
	}
}

func (s *interactionSurface) deadline() time.Time { return s.expiry }
func (s *interactionSurface) expired() bool       { return !time.Now().Before(s.expiry) }
func (s *interactionSurface) private() bool       { return !s.expired() }

// show edits the response. Past the expiry it says, once and while the
// token still works, that the answer will follow as a new message.
func (s *interactionSurface) show(ctx context.Context, m message) error {
	if !s.expired() {
		_, err := s.x.editOriginal(ctx, m)
		return err
	}
	s.mu.Lock()
	first := !s.noted
	s.noted = true
	s.mu.Unlock()
	if first && time.Now().Before(s.end) {
		if _, err := s.x.editOriginal(ctx, newMessage(msgExpiredNote).withButtons(nil)); err != nil {
			s.x.b.log.Debug("could not note the token expiry", "interaction", s.x.in.ID, "err", err)
		}
	}
	return errExpired
}

func (s *interactionSurface) extra(ctx context.Context, content string) error {
	if s.expired() {
		return s.repost(ctx, []string{content})
	}
	_, err := s.x.followup(ctx, newMessage(content))
	return err
}

// repost posts parts as channel messages, addressed to the asker (the
// mention renders but, like everything the bot sends, pings nobody).
func (s *interactionSurface) repost(ctx context.Context, parts []string) error {
	head := fmt.Sprintf("<@%s>, here is the answer to your question:", s.x.userID())
	if len(parts) > 0 && discordLen(head)+1+discordLen(parts[0]) <= maxContent {
		parts = append([]string{head + "\n" + parts[0]}, parts[1:]...)
	} else {
		parts = append([]string{head}, parts...)
	}
	for _, p := range parts {
		if _, err := s.x.b.sendMessage(ctx, s.x.in.ChannelID, newMessage(p), s.x.bucket); err != nil {
			return fmt.Errorf("post answer after token expiry: %w", err)
		}
	}
	return nil
}

func (s *interactionSurface) note(ctx context.Context, text string) error {
	m := newMessage(text)
	m.Flags = discordgo.MessageFlagsEphemeral
	_, err := s.x.followup(ctx, m)
	return err
}

// failPrivately replaces the public response with a private sentence.
func (s *interactionSurface) failPrivately(ctx context.Context, text string) error {
	if s.expired() {
		return s.repost(ctx, []string{text})
	}
	if err := s.x.deleteOriginal(ctx); err != nil {
		s.x.b.log.Debug("could not delete the response before an error note", "interaction", s.x.in.ID, "err", err)
		// The draft must not stay up: put the sentence in its place.
		if err := s.show(ctx, newMessage(text).withButtons(nil)); err != nil {
			s.x.b.log.Warn("could not replace the draft after an error", "interaction", s.x.in.ID, "err", err)
		}
	}
	return s.note(ctx, text)
}

// withdraw deletes the response while the interaction lasts.
func (s *interactionSurface) withdraw(ctx context.Context) error {
	if s.expired() {
		return errExpired
	}
	return s.x.deleteOriginal(ctx)
}
