package bot

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// maxContent is Discord's limit on a message's content.
const maxContent = 2000

// noPings allows no mention of any kind. discordgo sends Discord's default
// (everything pings) when AllowedMentions is nil, so every message the bot
// sends or edits carries this.
func noPings() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// message is the JSON body of every message the bot sends or edits.
type message struct {
	Content         string                            `json:"content"`
	Components      *[]discordgo.MessageComponent     `json:"components,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Reference       *discordgo.MessageReference       `json:"message_reference,omitempty"`
	Flags           discordgo.MessageFlags            `json:"flags,omitempty"`
}

// newMessage builds a body that cannot ping anyone: allowed mentions none,
// and @everyone and @here defused in the text as well.
func newMessage(content string) message {
	return message{Content: sanitize(content), AllowedMentions: noPings()}
}

// withButtons sets the message's components; an empty list removes them.
func (m message) withButtons(rows []discordgo.MessageComponent) message {
	if rows == nil {
		rows = []discordgo.MessageComponent{}
	}
	m.Components = &rows
	return m
}

// call makes one REST request through bucket. Rate limits come back as a
// *discordgo.RateLimitError instead of discordgo's endless retry.
func (b *Bot) call(ctx context.Context, method, url string, body any, bucket string) ([]byte, error) {
	out, err := b.ses.RequestWithBucketID(method, url, body, bucket,
		discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
	if _, limited := retryAfter(err); limited {
		b.metrics.Discord429()
	}
	return out, err
}

// callRetry is call that waits out up to four rate limits.
func (b *Bot) callRetry(ctx context.Context, method, url string, body any, bucket string) ([]byte, error) {
	for attempt := 1; ; attempt++ {
		out, err := b.call(ctx, method, url, body, bucket)
		wait, limited := retryAfter(err)
		if !limited || attempt >= 5 {
			return out, err
		}
		b.log.Debug("rate limited; retrying", "method", method, "after", wait, "attempt", attempt)
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// retryAfter reports whether err is a rate limit and how long to wait.
func retryAfter(err error) (time.Duration, bool) {
	var rl *discordgo.RateLimitError
	if !errors.As(err, &rl) || rl.RateLimit == nil || rl.TooManyRequests == nil {
		return 0, false
	}
	return min(max(rl.RetryAfter, 50*time.Millisecond), 30*time.Second), true
}

// sendMessage posts a message to a channel and returns it.
func (b *Bot) sendMessage(ctx context.Context, channelID string, m message, bucket string) (*discordgo.Message, error) {
	raw, err := b.callRetry(ctx, "POST", discordgo.EndpointChannelMessages(channelID), m, bucket)
	return decodeMessage(raw, err)
}

// editMessage edits one of the bot's channel messages, once.
func (b *Bot) editMessage(ctx context.Context, channelID, messageID string, m message, bucket string) (*discordgo.Message, error) {
	raw, err := b.call(ctx, "PATCH", discordgo.EndpointChannelMessage(channelID, messageID), m, bucket)
	return decodeMessage(raw, err)
}

// startThread opens a public thread on a message.
func (b *Bot) startThread(ctx context.Context, channelID, messageID, name, bucket string) (*discordgo.Channel, error) {
	body := map[string]any{"name": name, "auto_archive_duration": 1440}
	raw, err := b.callRetry(ctx, "POST", discordgo.EndpointChannelMessageThread(channelID, messageID), body, bucket)
	if err != nil {
		return nil, err
	}
	var ch discordgo.Channel
	return &ch, json.Unmarshal(raw, &ch)
}

func decodeMessage(raw []byte, err error) (*discordgo.Message, error) {
	if err != nil {
		return nil, err
	}
	var m discordgo.Message
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// bucketPool hands each running handler a rate-limit bucket of its own.
// discordgo keys interaction edits by one shared bucket ("webhooks//")
// whose lock is held for a whole round trip and through every 429; giving
// each answer its own key means a rate-limited answer waits alone. Keys are
// reused, so discordgo's bucket map stays as small as the peak number of
// handlers instead of growing with every interaction token.
type bucketPool struct {
	rl     *discordgo.RateLimiter
	prefix string // differs per shard: shards of one process share rl
	mu     sync.Mutex
	free   []string
	n      int
}

func newBucketPool(rl *discordgo.RateLimiter, shard int) *bucketPool {
	return &bucketPool{rl: rl, prefix: "articlebot/shard" + strconv.Itoa(shard) + "/handler/"}
}

func (p *bucketPool) acquire() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if k := len(p.free); k > 0 {
		key := p.free[k-1]
		p.free = p.free[:k-1]
		return key
	}
	p.n++
	return p.prefix + strconv.Itoa(p.n)
}

// release returns a key, forgetting any rate limit its last user hit: the
// next user talks to another route, which Discord limits separately.
func (p *bucketPool) release(key string) {
	if p.rl != nil {
		bk := p.rl.GetBucket(key)
		bk.Lock()
		bk.Remaining = 1
		bk.Unlock()
	}
	p.mu.Lock()
	p.free = append(p.free, key)
	p.mu.Unlock()
}
