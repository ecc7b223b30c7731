package fakediscord

import (
	"time"

	"github.com/bwmarrin/discordgo"
)

// timestampLayout is the ISO 8601 form Discord uses, which Go reads as
// RFC 3339.
const timestampLayout = "2006-01-02T15:04:05.000000+00:00"

func timestamp(t time.Time) string { return t.UTC().Format(timestampLayout) }

// userJSON is a user object as it appears in events.
func userJSON(id, name string) map[string]any {
	return map[string]any{
		"id": id, "username": name, "discriminator": "0", "global_name": name,
		"avatar": nil, "bot": false, "public_flags": 0,
	}
}

// everydayPermissions are a member's permissions in interactions when the
// spec gives none: everything an ordinary member has, without Manage Server
// (1<<5) or Administrator (1<<3).
const everydayPermissions = "2248473465835073"

// memberJSON is a guild member; user is nil for the partial member that
// MESSAGE_CREATE carries, and permissions are only sent with a user.
func memberJSON(user map[string]any, roles []string, permissions string) map[string]any {
	if roles == nil {
		roles = []string{}
	}
	if permissions == "" {
		permissions = everydayPermissions
	}
	m := map[string]any{
		"roles": roles, "joined_at": timestamp(time.Now().Add(-24 * time.Hour)), "nick": nil,
		"avatar": nil, "deaf": false, "mute": false, "flags": 0, "pending": false,
		"premium_since": nil, "communication_disabled_until": nil,
	}
	if user != nil {
		m["user"] = user
		m["permissions"] = permissions
	}
	return m
}

// channelJSON is a channel object as REST returns it. The caller holds s.mu.
func (s *Server) channelJSON(c *Channel) map[string]any {
	out := map[string]any{
		"id": c.ID, "type": int(c.Type), "name": c.Name, "flags": 0, "nsfw": false,
		"position": 0, "permission_overwrites": []any{}, "rate_limit_per_user": 0,
		"last_message_id": nil, "parent_id": nil,
	}
	if c.GuildID != "" {
		out["guild_id"] = c.GuildID
	}
	if c.ParentID != "" {
		out["parent_id"] = c.ParentID
	}
	if isThread(c.Type) {
		now := timestamp(time.Now())
		out["owner_id"] = c.OwnerID
		out["member_count"] = 1
		out["message_count"] = 0
		out["total_message_sent"] = 0
		out["thread_metadata"] = map[string]any{
			"archived": false, "locked": false, "auto_archive_duration": c.AutoArchiveDuration,
			"archive_timestamp": now, "create_timestamp": now,
		}
	}
	if c.Type == discordgo.ChannelTypeDM {
		out["recipients"] = []any{userJSON(DefaultUserID, DefaultUsername)}
	}
	return out
}

func isThread(t discordgo.ChannelType) bool {
	return t == discordgo.ChannelTypeGuildNewsThread || t == discordgo.ChannelTypeGuildPublicThread ||
		t == discordgo.ChannelTypeGuildPrivateThread
}

// messageJSON is a message object as REST and events carry it. The caller
// holds s.mu.
func (s *Server) messageJSON(m *Message) map[string]any {
	return s.messageJSONDepth(m, 0)
}

func (s *Server) messageJSONDepth(m *Message, depth int) map[string]any {
	author := userJSON(m.AuthorID, m.authorName)
	if m.AuthorID == s.cfg.botID {
		author = s.botUser()
	}
	out := map[string]any{
		"id": m.ID, "channel_id": m.ChannelID, "author": author, "content": m.Content,
		"timestamp": timestamp(m.created), "edited_timestamp": nil, "tts": false,
		"mention_everyone": false, "mentions": []any{}, "mention_roles": []any{},
		"attachments": []any{}, "embeds": []any{}, "components": []any{},
		"pinned": false, "type": m.kind, "flags": m.Flags,
	}
	for _, k := range []string{"embeds", "components", "mentions", "attachments", "poll"} {
		if v, ok := m.Fields[k]; ok && v != nil {
			out[k] = v
		}
	}
	if m.GuildID != "" {
		out["guild_id"] = m.GuildID
	}
	if !m.edited.IsZero() {
		out["edited_timestamp"] = timestamp(m.edited)
	}
	if m.Webhook {
		out["webhook_id"] = s.cfg.appID
		out["application_id"] = s.cfg.appID
	}
	if m.ReplyTo != "" {
		ref := map[string]any{"type": 0, "message_id": m.ReplyTo, "channel_id": m.ChannelID}
		if m.GuildID != "" {
			ref["guild_id"] = m.GuildID
		}
		out["message_reference"] = ref
		out["referenced_message"] = nil
		if r, ok := s.messages[m.ReplyTo]; ok && depth == 0 {
			out["referenced_message"] = s.messageJSONDepth(r, depth+1)
		}
	}
	if c := s.channels[m.ThreadID]; c != nil && m.ThreadID != "" {
		out["thread"] = s.channelJSON(c)
	}
	return out
}

// applyFields copies the JSON fields the bot sent onto a message. Fields
// that are absent keep their value, as a PATCH does on Discord; the
// ephemeral flag cannot be changed after creation.
func applyFields(m *Message, body map[string]any) {
	for k, v := range body {
		m.Fields[k] = v
		switch k {
		case "content":
			m.Content, _ = v.(string)
		case "flags":
			eph := m.Flags & int(discordgo.MessageFlagsEphemeral)
			m.Flags = int(num(v))&^int(discordgo.MessageFlagsEphemeral) | eph
		case "message_reference":
			if ref, ok := v.(map[string]any); ok {
				m.ReplyTo, _ = ref["message_id"].(string)
			}
		}
	}
}

// num reads a JSON number, which encoding/json decodes as float64.
func num(v any) int64 {
	f, _ := v.(float64)
	return int64(f)
}

// str reads a JSON string, or "".
func str(v any) string {
	s, _ := v.(string)
	return s
}
