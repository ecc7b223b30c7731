package fakediscord

import (
	"encoding/json"
	"time"

	"github.com/bwmarrin/discordgo"
)

// eventInfo is the part of a dispatched payload the fake needs to know.
type eventInfo struct {
	ID        string `json:"id"`
	Token     string `json:"token"`
	Type      int    `json:"type"`
	ChannelID string `json:"channel_id"`
	GuildID   string `json:"guild_id"`
	Content   string `json:"content"`
	Author    struct {
		ID       string `json:"id"`
		Username string `json:"username"`
	} `json:"author"`
	Message *struct {
		ID string `json:"id"`
	} `json:"message"`
	MessageReference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
	Mentions []struct {
		ID string `json:"id"`
	} `json:"mentions"`
}

// register remembers interactions and user messages as they are
// dispatched, so the REST routes can answer them. The caller holds s.mu.
func (s *Server) register(event string, raw json.RawMessage, at time.Time) {
	if event != "INTERACTION_CREATE" && event != "MESSAGE_CREATE" {
		return
	}
	var e eventInfo
	if json.Unmarshal(raw, &e) != nil || e.ID == "" {
		return
	}
	s.ensureChannel(e.ChannelID, e.GuildID)
	switch event {
	case "INTERACTION_CREATE":
		if s.interactions[e.ID] != nil {
			return
		}
		in := &interaction{
			id: e.ID, token: e.Token, kind: e.Type,
			channelID: e.ChannelID, guildID: e.GuildID, dispatchedAt: at,
		}
		if e.Message != nil {
			in.messageID = e.Message.ID
		}
		s.interactions[e.ID] = in
		if e.Token != "" {
			s.tokens[e.Token] = in
		}
	case "MESSAGE_CREATE":
		if s.messages[e.ID] != nil {
			return
		}
		m := &Message{
			ID: e.ID, ChannelID: e.ChannelID, GuildID: e.GuildID, AuthorID: e.Author.ID,
			authorName: e.Author.Username, Content: e.Content, created: at,
		}
		if e.MessageReference != nil {
			m.ReplyTo = e.MessageReference.MessageID
			m.kind = 19
		}
		var full struct {
			Mentions []any `json:"mentions"`
		}
		if json.Unmarshal(raw, &full) == nil && len(full.Mentions) > 0 {
			m.Fields = map[string]any{"mentions": full.Mentions}
		}
		s.addMessage(m)
	}
}

// forIntents returns the payload a session with these intents receives, and
// false when its intents exclude the event. Only messages are filtered: a
// guild message needs GuildMessages, a DM needs DirectMessages, and without
// MessageContent a guild message that does not mention the bot arrives
// with empty content, embeds, attachments and components. The caller holds
// s.mu.
func (s *Server) forIntents(event string, raw json.RawMessage, intents int) (json.RawMessage, bool) {
	if event != "MESSAGE_CREATE" && event != "MESSAGE_UPDATE" {
		return raw, true
	}
	var e eventInfo
	if json.Unmarshal(raw, &e) != nil {
		return raw, true
	}
	need := discordgo.IntentGuildMessages
	if e.GuildID == "" {
		need = discordgo.IntentDirectMessages
	}
	if intents&int(need) == 0 {
		return nil, false
	}
	if intents&int(discordgo.IntentMessageContent) != 0 || e.GuildID == "" || e.Author.ID == s.cfg.botID {
		return raw, true
	}
	for _, u := range e.Mentions {
		if u.ID == s.cfg.botID {
			return raw, true
		}
	}
	var full map[string]any
	if json.Unmarshal(raw, &full) != nil {
		return raw, true
	}
	full["content"] = ""
	for _, k := range []string{"embeds", "attachments", "components"} {
		full[k] = []any{}
	}
	delete(full, "poll")
	stripped, err := json.Marshal(full)
	if err != nil {
		return raw, true
	}
	return stripped, true
}
