package fakediscord

import (
	"time"

	"github.com/bwmarrin/discordgo"
)

// Origin says who acts and where. Empty fields take defaults: DefaultUserID
// and DefaultUsername, DefaultGuildID and DefaultChannelID, or
// DefaultDMChannelID and no guild when DM is set. A channel the fake does
// not know is registered as a guild text channel (or a DM).
type Origin struct {
	GuildID   string
	ChannelID string
	UserID    string
	Username  string
	DM        bool
	// Roles are the member's role ids in the guild; the member is also
	// registered, so GET /guilds/{guild}/members/{user} finds them.
	Roles []string
	// Permissions is the member's permissions in the channel as Discord
	// sends them in interactions (a decimal string); empty gives an
	// everyday member's, without Manage Server or Administrator.
	Permissions string
}

// resolve fills the defaults and registers the channel. The caller holds
// s.mu.
func (s *Server) resolve(o Origin) Origin {
	if o.UserID == "" {
		o.UserID = DefaultUserID
	}
	if o.Username == "" {
		o.Username = DefaultUsername
	}
	if o.DM {
		o.GuildID = ""
		if o.ChannelID == "" {
			o.ChannelID = DefaultDMChannelID
		}
	} else {
		if o.ChannelID == "" {
			o.ChannelID = DefaultChannelID
		}
		if o.GuildID == "" {
			o.GuildID = DefaultGuildID
			if c := s.channels[o.ChannelID]; c != nil && c.GuildID != "" {
				o.GuildID = c.GuildID
			}
		}
	}
	s.ensureChannel(o.ChannelID, o.GuildID)
	if o.GuildID != "" && (o.Roles != nil || s.members[o.GuildID+"/"+o.UserID] == nil) {
		s.members[o.GuildID+"/"+o.UserID] = &member{roles: o.Roles, name: o.Username}
	}
	return o
}

// interactionBase builds the fields every INTERACTION_CREATE has: in a
// guild a member, in a DM a user. The caller holds s.mu.
func (s *Server) interactionBase(o Origin, kind int) (payload map[string]any, id, token string) {
	id = s.newID()
	token = "fake-token-" + id
	payload = map[string]any{
		"id": id, "application_id": s.cfg.appID, "type": kind, "token": token, "version": 1,
		"channel_id": o.ChannelID, "locale": "en-US", "app_permissions": "2248473465835073",
		"entitlements": []any{}, "context": 0,
	}
	if c := s.channels[o.ChannelID]; c != nil {
		payload["channel"] = s.channelJSON(c)
	}
	user := userJSON(o.UserID, o.Username)
	if o.GuildID == "" {
		payload["user"] = user
		payload["context"] = 1
	} else {
		payload["guild_id"] = o.GuildID
		payload["guild_locale"] = "en-US"
		payload["member"] = memberJSON(user, o.Roles, o.Permissions)
	}
	return payload, id, token
}

// InteractionSpec describes a slash command invocation or an autocomplete
// request.
type InteractionSpec struct {
	Origin
	// Name is the command name.
	Name string
	// Options are the values the user typed.
	Options []Opt
	// CommandID defaults to the id the fake gave the command in a bulk
	// overwrite, or a fresh id.
	CommandID string
}

// SlashCommand dispatches INTERACTION_CREATE of type 2 (application
// command) and returns the interaction's id and token.
func (s *Server) SlashCommand(spec InteractionSpec) (interactionID, token string) {
	return s.command(spec, int(discordgo.InteractionApplicationCommand))
}

// Autocomplete dispatches INTERACTION_CREATE of type 4. Exactly one option
// should be focused (see FocusedOpt); the bot must answer with type 8.
func (s *Server) Autocomplete(spec InteractionSpec) (interactionID, token string) {
	if countFocused(spec.Options) != 1 {
		s.t.Errorf("fakediscord: Autocomplete(%q): got %d focused options, want 1", spec.Name, countFocused(spec.Options))
	}
	return s.command(spec, int(discordgo.InteractionApplicationCommandAutocomplete))
}

func (s *Server) command(spec InteractionSpec, kind int) (string, string) {
	s.mu.Lock()
	o := s.resolve(spec.Origin)
	payload, id, token := s.interactionBase(o, kind)
	cmdID := spec.CommandID
	if cmdID == "" {
		cmdID = s.commandID(o.GuildID, spec.Name)
	}
	if cmdID == "" {
		cmdID = s.newID()
	}
	s.mu.Unlock()
	data := map[string]any{"id": cmdID, "name": spec.Name, "type": 1}
	if len(spec.Options) > 0 {
		data["options"] = wireOpts(spec.Options)
	}
	if o.GuildID != "" {
		data["guild_id"] = o.GuildID
	}
	payload["data"] = data
	s.dispatchLogged("INTERACTION_CREATE", payload)
	return id, token
}

// ComponentSpec describes a click on a message component.
type ComponentSpec struct {
	Origin
	CustomID string
	// MessageID is the bot message carrying the component. When it is
	// empty or unknown, the fake stores an empty bot message with that id
	// in the channel, since components only exist on the bot's messages.
	MessageID string
	// ComponentType defaults to a button (2).
	ComponentType discordgo.ComponentType
	// Values are the choices of a select menu.
	Values []string
}

// ButtonClick dispatches INTERACTION_CREATE of type 3 (message component)
// and returns the interaction's id and token.
func (s *Server) ButtonClick(spec ComponentSpec) (interactionID, token string) {
	s.mu.Lock()
	o := s.resolve(spec.Origin)
	payload, id, token := s.interactionBase(o, int(discordgo.InteractionMessageComponent))
	m := s.messages[spec.MessageID]
	if m == nil {
		m = s.newBotMessage(o.ChannelID)
		m.ID = spec.MessageID
		s.addMessage(m)
	}
	payload["message"] = s.messageJSON(m)
	s.mu.Unlock()
	ct := spec.ComponentType
	if ct == 0 {
		ct = discordgo.ButtonComponent
	}
	data := map[string]any{"custom_id": spec.CustomID, "component_type": int(ct)}
	if spec.Values != nil {
		data["values"] = spec.Values
	}
	payload["data"] = data
	s.dispatchLogged("INTERACTION_CREATE", payload)
	return id, token
}

// MessageSpec describes a user's message.
type MessageSpec struct {
	Origin
	// ID defaults to a fresh snowflake.
	ID      string
	Content string
	// MentionsBot prefixes the content with "<@BOTID> " and lists the bot
	// in mentions.
	MentionsBot bool
	// ReplyTo makes the message a reply (type 19) to that message id; a
	// stored message is included as referenced_message.
	ReplyTo string
	// PingReply lists the replied-to author in mentions without a <@id> in
	// the content, as a reply with Discord's default "@ON" does.
	PingReply bool
}

// MessageCreate dispatches MESSAGE_CREATE for a user's message, stores it
// (so the bot can reply to it or start a thread from it) and returns its id.
// Sessions without the Message Content intent get empty content unless the
// message mentions the bot or is a DM.
func (s *Server) MessageCreate(spec MessageSpec) string {
	s.mu.Lock()
	o := s.resolve(spec.Origin)
	id := spec.ID
	if id == "" {
		id = s.newID()
	}
	content := spec.Content
	mentions := []any{}
	if spec.MentionsBot {
		content = "<@" + s.cfg.botID + "> " + content
		mentions = append(mentions, s.botUser())
	}
	m := &Message{
		ID: id, ChannelID: o.ChannelID, GuildID: o.GuildID, AuthorID: o.UserID,
		authorName: o.Username, Content: content, created: time.Now(), Fields: map[string]any{"mentions": mentions},
	}
	if spec.ReplyTo != "" {
		m.ReplyTo, m.kind = spec.ReplyTo, 19
		ref := s.messages[spec.ReplyTo]
		pingsBotTwice := spec.MentionsBot && ref != nil && ref.AuthorID == s.cfg.botID
		if ref != nil && spec.PingReply && ref.AuthorID != o.UserID && !pingsBotTwice {
			author := userJSON(ref.AuthorID, ref.authorName)
			if ref.AuthorID == s.cfg.botID {
				author = s.botUser()
			}
			m.Fields["mentions"] = append(mentions, author)
		}
	}
	payload := s.messageJSON(m)
	if o.GuildID != "" {
		payload["member"] = memberJSON(nil, o.Roles, "")
	}
	s.mu.Unlock()
	s.dispatchLogged("MESSAGE_CREATE", payload)
	return id
}
