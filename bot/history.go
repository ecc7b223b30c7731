package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
)

// The history of a follow-up is rebuilt from Discord itself, so it
// survives a restart and is the same on every process of the bot: in a
// thread or DM, from the channel's recent messages (and, for a thread the
// bot opened on one of its answers, that answer); elsewhere, from the reply
// chain of the message the question replies to. A turn is one of the bot's
// answers and the question it answered: other messages in a thread are
// ignored. Parsed turns are cached by message id, bounded in size, since a
// final answer never changes.

// historyPage is how many messages of a thread are read per question: the
// largest page Discord serves in one request.
const historyPage = 100

// turnAt is a turn read from one of the bot's answers, with the id of the
// bot answer its question replied to, which continues a reply chain.
type turnAt struct {
	turn answer.Turn
	at   time.Time
	prev string // the bot answer the question replied to, or ""
}

// history returns the turns before q, oldest first, bounded by the
// configured number of turns, characters and age. Failures to read Discord
// are logged and give what was read: a question is still answered.
func (b *Bot) history(ctx context.Context, q question) []answer.Turn {
	var turns []turnAt // newest first
	switch {
	case q.convKey != "":
		turns = b.channelHistory(ctx, q)
	case q.replyTo != "":
		turns = b.chainHistory(ctx, q.channelID, q.replyTo, q.bucket)
	}
	return b.bound(turns)
}

// bound keeps the newest turns within the limits, oldest first.
func (b *Bot) bound(newestFirst []turnAt) []answer.Turn {
	oldest := time.Now().Add(-b.cfg.HistoryTTL)
	var out []answer.Turn
	chars := 0
	for _, t := range newestFirst {
		chars += len(t.turn.Question) + len(t.turn.Answer)
		if len(out) >= b.cfg.HistoryTurns || t.at.Before(oldest) || (chars > b.cfg.HistoryChars && len(out) > 0) {
			break
		}
		out = append(out, t.turn)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// channelHistory reads the turns of a thread or DM: its recent messages
// before the question, then, in a thread opened on one of the bot's
// answers, that answer.
func (b *Bot) channelHistory(ctx context.Context, q question) []turnAt {
	msgs, err := b.channelMessages(ctx, q.convKey, q.messageID, q.bucket)
	if err != nil {
		b.log.Warn("could not read a thread's messages for its history", "channel", q.convKey, "err", err)
	}
	var turns []turnAt
	for _, m := range msgs {
		if t, ok := b.parseTurn(m); ok {
			b.turns.put(m.ID, t)
			turns = append(turns, t)
		}
	}
	ci, err := b.channel(ctx, q.convKey, q.bucket)
	if err == nil && ci.thread && ci.owner == b.botIDValue() && ci.parentID != "" && len(turns) < b.cfg.HistoryTurns {
		// A thread opened on a message has that message's id.
		if t, ok := b.answerTurn(ctx, ci.parentID, q.convKey, q.bucket); ok {
			turns = append(turns, t)
		}
	}
	return turns
}

// chainHistory follows a reply chain up from one of the bot's answers.
func (b *Bot) chainHistory(ctx context.Context, channelID, answerID, bucket string) []turnAt {
	var turns []turnAt
	seen := map[string]bool{}
	for id := answerID; id != "" && !seen[id] && len(turns) < b.cfg.HistoryTurns; {
		seen[id] = true
		t, ok := b.answerTurn(ctx, channelID, id, bucket)
		if !ok {
			break
		}
		turns = append(turns, t)
		id = t.prev
	}
	return turns
}

// answerTurn reads the turn of one bot answer, from the cache or Discord.
func (b *Bot) answerTurn(ctx context.Context, channelID, messageID, bucket string) (turnAt, bool) {
	if t, ok := b.turns.get(messageID); ok {
		return t, true
	}
	raw, err := b.callRetry(ctx, "GET", discordgo.EndpointChannelMessage(channelID, messageID), nil, bucket)
	if err != nil {
		b.log.Debug("could not read a message of a conversation", "channel", channelID, "message", messageID, "err", err)
		return turnAt{}, false
	}
	var m discordgo.Message
	if err := json.Unmarshal(raw, &m); err != nil {
		return turnAt{}, false
	}
	t, ok := b.parseTurn(&m)
	if ok {
		b.turns.put(m.ID, t)
	}
	return t, ok
}

// channelMessages reads a channel's latest messages before a message (or
// the latest, for ""), newest first.
func (b *Bot) channelMessages(ctx context.Context, channelID, before, bucket string) ([]*discordgo.Message, error) {
	v := url.Values{"limit": {fmt.Sprint(historyPage)}}
	if before != "" {
		v.Set("before", before)
	}
	raw, err := b.callRetry(ctx, "GET", discordgo.EndpointChannelMessages(channelID)+"?"+v.Encode(), nil, bucket)
	if err != nil {
		return nil, err
	}
	var msgs []*discordgo.Message
	if err := json.Unmarshal(raw, &msgs); err != nil {
		return nil, fmt.Errorf("decode messages: %w", err)
	}
	return msgs, nil
}

// parseTurn reads a turn from one of the bot's final answers: a reply to
// the question (a mention or DM), or an /ask response, whose first line
// quotes the question. Anything else is not a turn: other people's
// messages, the bot's refusals and error notes, an answer still streaming.
func (b *Bot) parseTurn(m *discordgo.Message) (turnAt, bool) {
	botID := b.botIDValue()
	if m == nil || m.Author == nil || m.Author.ID != botID || len(m.Components) > 0 ||
		m.Flags&discordgo.MessageFlagsSuppressNotifications != 0 || isStatusText(m.Content) {
		return turnAt{}, false
	}
	t := turnAt{at: m.Timestamp}
	content := m.Content
	switch {
	case m.Type == discordgo.MessageTypeReply && m.ReferencedMessage != nil:
		q := m.ReferencedMessage
		if q.Author == nil || q.Author.Bot {
			return turnAt{}, false
		}
		t.turn.Question, _ = stripMention(q.Content, botID, q.Mentions)
		if q.MessageReference != nil {
			t.prev = q.MessageReference.MessageID
		}
	case m.Type == discordgo.MessageTypeChatInputCommand && strings.HasPrefix(content, "> "):
		line, rest, _ := strings.Cut(content, "\n")
		t.turn.Question = strings.TrimSpace(strings.TrimPrefix(line, "> "))
		content = rest
	default:
		return turnAt{}, false
	}
	t.turn.Answer = answerText(content)
	if t.turn.Answer == "" {
		return turnAt{}, false
	}
	return t, true
}

// answerText is the answer part of a rendered answer: without the list of
// sources and the small print under it.
func answerText(content string) string {
	for _, cut := range []string{"\n\n**Sources**", "\n\n-# "} {
		if i := strings.Index(content, cut); i >= 0 {
			content = content[:i]
		}
	}
	var lines []string
	for _, l := range strings.Split(content, "\n") {
		if !strings.HasPrefix(l, "-# ") {
			lines = append(lines, l)
		}
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// isStatusText reports whether content is one of the sentences the bot
// leaves in an answer's place when there is none.
func isStatusText(content string) bool {
	switch strings.TrimSpace(content) {
	case msgFailed, msgTooSlow, msgStopped, msgCutOff, msgExpiredNote, msgDraining, msgEmpty:
		return true
	}
	return false
}

// questionHeader is the first line of an /ask answer: the question, which
// Discord does not show others, quoted.
func questionHeader(q string) string {
	return "> " + quoteSource(strings.Join(strings.Fields(q), " "))
}
