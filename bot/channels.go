package bot

import (
	"context"
	"encoding/json"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// channelInfo is what the bot needs to know of a channel.
type channelInfo struct {
	parentID string // for threads
	owner    string // who opened a thread
	thread   bool
}

// channelCache remembers channels looked up, bounded by size.
type channelCache struct {
	size int
	mu   sync.Mutex
	m    map[string]channelInfo
}

func newChannelCache(size int) *channelCache {
	return &channelCache{size: size, m: map[string]channelInfo{}}
}

func (c *channelCache) get(id string) (channelInfo, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ci, ok := c.m[id]
	return ci, ok
}

func (c *channelCache) put(id string, ci channelInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.size {
		clear(c.m) // rare; entries are cheap to look up again
	}
	c.m[id] = ci
}

// channel returns what is known of a channel: from the cache, the gateway
// state, or a REST lookup.
func (b *Bot) channel(ctx context.Context, id, bucket string) (channelInfo, error) {
	if ci, ok := b.channels.get(id); ok {
		return ci, nil
	}
	ch, err := b.ses.State.Channel(id)
	if err != nil {
		raw, rerr := b.call(ctx, "GET", discordgo.EndpointChannel(id), nil, bucket)
		if rerr != nil {
			return channelInfo{}, rerr
		}
		ch = &discordgo.Channel{}
		if err := json.Unmarshal(raw, ch); err != nil {
			return channelInfo{}, err
		}
	}
	ci := channelInfo{parentID: ch.ParentID, owner: ch.OwnerID, thread: ch.IsThread()}
	b.channels.put(id, ci)
	return ci, nil
}

// allowed reports whether the bot answers in a guild channel: everywhere
// without an allowlist, else in listed channels and threads under them.
func (b *Bot) allowed(ctx context.Context, channelID, bucket string) bool {
	if len(b.allowlist) == 0 || b.allowlist[channelID] {
		return true
	}
	ci, err := b.channel(ctx, channelID, bucket)
	if err != nil {
		b.log.Warn("could not look up a channel for the allowlist; not answering there", "channel", channelID, "err", err)
		return false
	}
	return ci.thread && b.allowlist[ci.parentID]
}

// notAllowedText tells a user where the bot does answer.
func (b *Bot) notAllowedText() string {
	var chans []string
	for _, c := range b.cfg.Channels {
		chans = append(chans, "<#"+c+">")
	}
	return "I don't answer in this channel. Ask me in " + strings.Join(chans, ", ") + "."
}
