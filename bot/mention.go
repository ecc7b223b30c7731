package bot

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"articlebot/answer"
)

// onMessage answers a message that mentions the bot in an allowed channel,
// any message in a DM (when allowed), and, when the Message Content intent
// gives the bot the text, any message in a thread it is answering in. The
// answer is a reply to the message; the first answer in a channel opens a
// thread for follow-ups, which are answered with the thread's history.
func (b *Bot) onMessage(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil {
		return
	}
	m := mc.Message
	botID := b.botIDValue()
	if m.Author == nil || m.Author.Bot || m.Author.ID == botID || botID == "" {
		return
	}
	start := time.Now()
	b.enter()
	defer b.leave()
	bucket := b.buckets.acquire()
	defer b.buckets.release(bucket)
	ctx := context.Background()
	defer func() {
		if recovered(b.log, recover(), "message", "message", m.ID, "user", m.Author.ID) {
			b.replyText(ctx, m, msgFailed, bucket)
		}
	}()

	dm := m.GuildID == ""
	text, mentioned := stripMention(m.Content, botID, m.Mentions)
	if !dm && !mentioned && (text == "" || !b.botThread(ctx, m.ChannelID, bucket)) {
		return // not for us, or no content to read without the intent
	}
	if !dm && !b.allowed(ctx, m.ChannelID, bucket) {
		return // stay silent where the bot is not meant to answer
	}
	refusal := b.gate(ctx, m.ChannelID, dm, bucket)
	if refusal == "" {
		refusal = b.accessRefusal(ctx, askerOfMessage(m), dm, bucket)
	}
	if refusal == "" {
		refusal = b.checkQuestion(text)
	}
	var done func()
	if refusal == "" {
		if done, refusal = b.limits.begin(m.Author.ID); refusal != "" {
			b.metrics.RateLimited()
		}
	}
	if refusal != "" {
		b.metrics.Question(b.entryOf(dm, b.conversationIn(ctx, m.ChannelID, dm, bucket)), outcomeRefused)
		b.replyText(ctx, m, refusal, bucket)
		return
	}
	defer done()
	b.log.Debug("question by message", "message", m.ID, "user", m.Author.ID, "channel", m.ChannelID, "dm", dm)

	q := question{
		text: text, asker: m.Author.ID, guild: m.GuildID, convKey: b.conversationIn(ctx, m.ChannelID, dm, bucket), done: done,
		channelID: m.ChannelID, messageID: m.ID, bucket: bucket, start: start,
	}
	q.entry = b.entryOf(dm, q.convKey)
	if q.convKey == "" && m.MessageReference != nil && (m.ReferencedMessage == nil || m.ReferencedMessage.Author == nil || m.ReferencedMessage.Author.ID == botID) {
		q.replyTo = m.MessageReference.MessageID // a reply to an answer continues its chain
	}
	sf, err := b.newReplySurface(ctx, m, bucket)
	if err != nil {
		b.log.Error("could not reply to a question", "message", m.ID, "channel", m.ChannelID, "err", err)
		return
	}
	b.answerQuestion(ctx, q, sf, func(res answer.Result) {
		if q.convKey == "" && !dm {
			b.openThread(ctx, m, sf.messageID, text, bucket)
		}
	})
}

// conversationIn returns the channel whose messages hold a question's
// history: a DM or a thread; "" elsewhere.
func (b *Bot) conversationIn(ctx context.Context, channelID string, dm bool, bucket string) string {
	if dm {
		return channelID
	}
	if ci, err := b.channel(ctx, channelID, bucket); err == nil && ci.thread {
		return channelID
	}
	return ""
}

// botThread reports whether a channel is a thread the bot opened, where
// (with the Message Content intent) questions need no mention.
func (b *Bot) botThread(ctx context.Context, channelID, bucket string) bool {
	ci, err := b.channel(ctx, channelID, bucket)
	return err == nil && ci.thread && ci.owner != "" && ci.owner == b.botIDValue()
}

// openThread starts a thread on the bot's answer for follow-ups; the
// answer, which the thread is named after, is its first turn.
func (b *Bot) openThread(ctx context.Context, q *discordgo.Message, answerID, question, bucket string) {
	th, err := b.startThread(ctx, q.ChannelID, answerID, threadName(question), bucket)
	if err != nil {
		b.log.Warn("could not open a thread for follow-ups (does the bot have Create Public Threads?)", "channel", q.ChannelID, "err", err)
		return
	}
	b.channels.put(th.ID, channelInfo{parentID: q.ChannelID, owner: b.botIDValue(), thread: true})
}

// askerOfMessage is the author of a message, with their roles in a guild.
func askerOfMessage(m *discordgo.Message) asker {
	a := asker{id: m.Author.ID}
	if m.Member != nil {
		a.roles = m.Member.Roles
	}
	return a
}

// stripMention removes the bot's mentions from a message and reports
// whether it mentioned the bot.
func stripMention(content, botID string, mentions []*discordgo.User) (string, bool) {
	mentioned := false
	for _, u := range mentions {
		if u != nil && u.ID == botID {
			mentioned = true
		}
	}
	for _, tag := range []string{"<@" + botID + ">", "<@!" + botID + ">"} {
		if strings.Contains(content, tag) {
			mentioned = true
			content = strings.ReplaceAll(content, tag, " ")
		}
	}
	return strings.Join(strings.Fields(content), " "), mentioned
}

// threadName names a follow-up thread after its first question.
func threadName(q string) string {
	name := sanitize(q)
	if utf8.RuneCountInString(name) > 90 {
		name = string([]rune(name)[:89]) + "…"
	}
	return name
}
