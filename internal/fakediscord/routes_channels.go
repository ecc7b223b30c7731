package fakediscord

import (
	"net/http"

	"github.com/bwmarrin/discordgo"
)

// channel resolves {cid}. The caller holds s.mu.
func (s *Server) channel(r *http.Request) (*Channel, reply) {
	c := s.channels[r.PathValue("cid")]
	if c == nil {
		return nil, apiError(http.StatusNotFound, 10003, "Unknown Channel")
	}
	return c, reply{}
}

// channelMessage resolves {cid} and {mid}. The caller holds s.mu.
func (s *Server) channelMessage(r *http.Request) (*Message, reply) {
	c, rp := s.channel(r)
	if c == nil {
		return nil, rp
	}
	m := s.messages[r.PathValue("mid")]
	if m == nil || m.ChannelID != c.ID {
		return nil, apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	return m, reply{}
}

// getChannel answers GET /channels/{cid} from the registry.
func (s *Server) getChannel(r *http.Request, _ *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, rp := s.channel(r)
	if c == nil {
		return rp
	}
	return okJSON(s.channelJSON(c))
}

// postTyping answers the typing indicator with 204.
func (s *Server) postTyping(r *http.Request, _ *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, rp := s.channel(r); c == nil {
		return rp
	}
	return noContent()
}

// postMessage creates a message: POST /channels/{cid}/messages. A reply to
// an unknown message fails unless fail_if_not_exists is false, as on
// Discord.
func (s *Server) postMessage(r *http.Request, c *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch, rp := s.channel(r)
	if ch == nil {
		return rp
	}
	if isEmpty(c.body, c.files) {
		return apiError(http.StatusBadRequest, 50006, "Cannot send an empty message")
	}
	if rp, bad := checkContent(c.body); bad {
		return rp
	}
	m := s.newBotMessage(ch.ID)
	applyFields(m, c.body)
	m.Flags = int(num(c.body["flags"]))
	if ref, _ := c.body["message_reference"].(map[string]any); ref != nil {
		target := s.messages[str(ref["message_id"])]
		if target == nil {
			if mustExist, set := ref["fail_if_not_exists"].(bool); !set || mustExist {
				return formError("message_reference", "REPLIES_UNKNOWN_MESSAGE", "Unknown message")
			}
			m.ReplyTo = ""
			delete(m.Fields, "message_reference")
		} else {
			m.kind = 19
		}
	}
	s.addMessage(m)
	return okJSON(s.messageJSON(m))
}

// getMessage answers GET /channels/{cid}/messages/{mid}.
func (s *Server) getMessage(r *http.Request, _ *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, rp := s.channelMessage(r)
	if m == nil {
		return rp
	}
	return okJSON(s.restMessageJSON(m))
}

// patchMessage edits one of the bot's messages.
func (s *Server) patchMessage(r *http.Request, c *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, rp := s.channelMessage(r)
	if m == nil {
		return rp
	}
	if m.AuthorID != s.cfg.botID {
		return apiError(http.StatusForbidden, 50005, "Cannot edit a message authored by another user")
	}
	if rp, bad := checkContent(c.body); bad {
		return rp
	}
	applyFields(m, c.body)
	m.Edits++
	m.edited = c.at
	return okJSON(s.messageJSON(m))
}

// deleteChannelMessage deletes a message.
func (s *Server) deleteChannelMessage(r *http.Request, _ *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, rp := s.channelMessage(r)
	if m == nil {
		return rp
	}
	s.deleteMessage(m.ID)
	return noContent()
}

// postMessageThread starts a thread from a message: POST
// /channels/{cid}/messages/{mid}/threads. As on Discord the thread's id is
// the message's id, and a message can start only one thread.
func (s *Server) postMessageThread(r *http.Request, c *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, rp := s.channelMessage(r)
	if m == nil {
		return rp
	}
	parent := s.channels[m.ChannelID]
	if isThread(parent.Type) || parent.GuildID == "" {
		return apiError(http.StatusBadRequest, 50024, "Cannot execute action on this channel type")
	}
	if m.ThreadID != "" {
		return apiError(http.StatusBadRequest, 160004, "A thread has already been created for this message")
	}
	typ := discordgo.ChannelTypeGuildPublicThread
	if parent.Type == discordgo.ChannelTypeGuildNews {
		typ = discordgo.ChannelTypeGuildNewsThread
	}
	th, rp := s.newThread(m.ID, parent, typ, c.body)
	if th == nil {
		return rp
	}
	m.ThreadID = th.ID
	return reply{status: http.StatusCreated, body: s.channelJSON(th)}
}

// postThread starts a thread without a message: POST /channels/{cid}/threads.
// The type defaults to a private thread (12), as in API v9.
func (s *Server) postThread(r *http.Request, c *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	parent, rp := s.channel(r)
	if parent == nil {
		return rp
	}
	if isThread(parent.Type) || parent.GuildID == "" {
		return apiError(http.StatusBadRequest, 50024, "Cannot execute action on this channel type")
	}
	typ := discordgo.ChannelTypeGuildPrivateThread
	if t, set := c.body["type"].(float64); set {
		typ = discordgo.ChannelType(t)
	}
	if !isThread(typ) {
		return formError("type", "BASE_TYPE_CHOICES", "Value must be one of {10, 11, 12}.")
	}
	th, rp := s.newThread(s.newID(), parent, typ, c.body)
	if th == nil {
		return rp
	}
	return reply{status: http.StatusCreated, body: s.channelJSON(th)}
}

// newThread validates the name and registers a thread. The caller holds
// s.mu.
func (s *Server) newThread(id string, parent *Channel, typ discordgo.ChannelType, body map[string]any) (*Channel, reply) {
	name := str(body["name"])
	if n := len([]rune(name)); n < 1 || n > 100 {
		return nil, formError("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
	}
	archive := int(num(body["auto_archive_duration"]))
	if archive == 0 {
		archive = 1440
	}
	th := &Channel{
		ID: id, GuildID: parent.GuildID, ParentID: parent.ID, Name: name,
		OwnerID: s.cfg.botID, Type: typ, AutoArchiveDuration: archive,
	}
	s.channels[id] = th
	return th, reply{}
}
