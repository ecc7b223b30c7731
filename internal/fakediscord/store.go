package fakediscord

import (
	"encoding/json"
	"maps"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Channel is a channel or thread the fake knows. GET /channels/{id} and
// every route that posts into a channel consult this registry.
type Channel struct {
	ID       string
	GuildID  string // empty for DMs
	ParentID string // the parent channel of a thread
	Name     string
	OwnerID  string // the creator of a thread
	Type     discordgo.ChannelType
	// AutoArchiveDuration is the thread's auto_archive_duration in minutes.
	AutoArchiveDuration int
}

// Message is the current state of a message in the fake's store.
type Message struct {
	ID        string
	ChannelID string
	GuildID   string
	AuthorID  string
	Content   string
	Flags     int
	// ReplyTo is message_reference.message_id, when the message is a reply.
	ReplyTo string
	// Webhook is true for interaction responses and followups.
	Webhook bool
	// Edits counts the edits applied after creation.
	Edits int
	// ThreadID is the thread started from this message, if any.
	ThreadID string
	// Fields holds the latest value of every JSON field the bot sent
	// (content, embeds, components, allowed_mentions, ...).
	Fields map[string]any

	authorName string
	kind       int // Discord message type: 0 default, 19 reply, 20 chat input command
	created    time.Time
	edited     time.Time
}

// Ephemeral reports whether the message has the ephemeral flag (1<<6).
func (m Message) Ephemeral() bool { return m.Flags&int(discordgo.MessageFlagsEphemeral) != 0 }

func (m *Message) snapshot() Message {
	c := *m
	c.Fields = maps.Clone(m.Fields)
	return c
}

// interaction is the fake's record of a dispatched INTERACTION_CREATE.
type interaction struct {
	id, token          string
	channelID, guildID string
	kind               int    // 2 command, 3 component, 4 autocomplete, 5 modal
	messageID          string // the message a component belongs to
	dispatchedAt       time.Time
	acked              bool
	ackType            int
	original           string // message id of @original
	followups          []string
}

// AddChannel registers a channel. Its guild is its parent's, or
// DefaultGuildID; DM (1) and group DM (3) channels have none. Channels named
// in specs, and threads the bot starts, are registered automatically.
func (s *Server) AddChannel(id string, typ discordgo.ChannelType, parentID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := &Channel{ID: id, Type: typ, ParentID: parentID, Name: "channel-" + id}
	switch {
	case typ == discordgo.ChannelTypeDM || typ == discordgo.ChannelTypeGroupDM:
		c.Name = ""
	case s.channels[parentID] != nil:
		c.GuildID = s.channels[parentID].GuildID
	default:
		c.GuildID = DefaultGuildID
	}
	s.channels[id] = c
}

// ensureChannel registers an unknown channel as a guild text channel, or a
// DM when guildID is empty. The caller holds s.mu.
func (s *Server) ensureChannel(id, guildID string) {
	if id == "" || s.channels[id] != nil {
		return
	}
	typ := discordgo.ChannelTypeGuildText
	if guildID == "" {
		typ = discordgo.ChannelTypeDM
	}
	s.channels[id] = &Channel{ID: id, GuildID: guildID, Type: typ, Name: "channel-" + id}
}

// Channel returns a registered channel.
func (s *Server) Channel(id string) (Channel, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channels[id]
	if !ok {
		return Channel{}, false
	}
	return *c, true
}

// Messages returns the bot's messages in a channel, oldest first, with edits
// applied and deleted ones left out. Interaction responses and followups
// count as messages in the interaction's channel.
func (s *Server) Messages(channelID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, id := range s.msgOrder {
		m, ok := s.messages[id]
		if ok && m.ChannelID == channelID && m.AuthorID == s.cfg.botID {
			out = append(out, m.snapshot())
		}
	}
	return out
}

// Message returns any stored message by id, the bot's or a user's.
func (s *Server) Message(id string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.messages[id]
	if !ok {
		return Message{}, false
	}
	return m.snapshot(), true
}

// Original returns the current @original response of the interaction with
// this token, and false while there is none (not yet acknowledged, deleted,
// or an autocomplete).
func (s *Server) Original(token string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.tokens[token]
	if in == nil || in.original == "" {
		return Message{}, false
	}
	m, ok := s.messages[in.original]
	if !ok {
		return Message{}, false
	}
	return m.snapshot(), true
}

// Followups returns the followup messages sent with an interaction token,
// oldest first, deleted ones left out.
func (s *Server) Followups(token string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.tokens[token]
	if in == nil {
		return nil
	}
	var out []Message
	for _, id := range in.followups {
		if m, ok := s.messages[id]; ok {
			out = append(out, m.snapshot())
		}
	}
	return out
}

// Commands returns the commands of the last bulk overwrite for a guild, or
// the global ones when guildID is empty, as the fake answered them (with
// ids).
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	raw := s.commands[guildID]
	s.mu.Unlock()
	var out []*discordgo.ApplicationCommand
	if raw != nil {
		if err := json.Unmarshal(raw, &out); err != nil {
			s.t.Errorf("fakediscord: decode stored commands: %v", err)
		}
	}
	return out
}

// commandID returns the id of a registered command, guild first, or "".
// The caller holds s.mu.
func (s *Server) commandID(guildID, name string) string {
	if id := s.commandIDs[guildID+"/"+name]; id != "" {
		return id
	}
	return s.commandIDs["/"+name]
}

// addMessage stores a new message. The caller holds s.mu.
func (s *Server) addMessage(m *Message) {
	if m.ID == "" {
		m.ID = s.newID()
	}
	if m.Fields == nil {
		m.Fields = map[string]any{}
	}
	if m.created.IsZero() {
		m.created = time.Now()
	}
	if c := s.channels[m.ChannelID]; c != nil && m.GuildID == "" {
		m.GuildID = c.GuildID
	}
	s.messages[m.ID] = m
	s.msgOrder = append(s.msgOrder, m.ID)
}

// deleteMessage removes a message. The caller holds s.mu.
func (s *Server) deleteMessage(id string) {
	delete(s.messages, id)
}
