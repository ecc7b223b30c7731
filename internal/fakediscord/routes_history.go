package fakediscord

import (
	"net/http"
	"strconv"
)

// getMessages lists a channel's messages, newest first, as GET
// /channels/{cid}/messages does: at most limit (1 to 100, default 50),
// those before or after a message id when given. Replies carry their
// referenced_message. Without the Message Content intent enabled for the
// application (its flags), users' messages that do not mention the bot come
// with empty content, as on Discord, where the intent governs REST too.
func (s *Server) getMessages(r *http.Request, _ *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch, rp := s.channel(r)
	if ch == nil {
		return rp
	}
	q := r.URL.Query()
	limit := 50
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return formError("limit", "NUMBER_TYPE_MAX", "int value should be between 1 and 100.")
		}
		limit = n
	}
	before, after := snowflake(q.Get("before")), snowflake(q.Get("after"))
	out := []any{}
	for i := len(s.msgOrder) - 1; i >= 0 && len(out) < limit; i-- {
		m, ok := s.messages[s.msgOrder[i]]
		if !ok || m.ChannelID != ch.ID || m.Ephemeral() {
			continue
		}
		id := snowflake(m.ID)
		if (before != 0 && id >= before) || (after != 0 && id <= after) {
			continue
		}
		out = append(out, s.restMessageJSON(m))
	}
	return okJSON(out)
}

// restMessageJSON is a message as REST returns it to this application:
// content blanked where the Message Content intent would hide it. The
// caller holds s.mu.
func (s *Server) restMessageJSON(m *Message) map[string]any {
	out := s.messageJSON(m)
	s.hideContent(out)
	if ref, ok := out["referenced_message"].(map[string]any); ok {
		s.hideContent(ref)
	}
	return out
}

// hideContent blanks a user's message that does not mention the bot when
// the application lacks the Message Content intent. The caller holds s.mu.
func (s *Server) hideContent(msg map[string]any) {
	if s.cfg.appFlags&(1<<18|FlagGatewayMessageContentLimited) != 0 || msg["guild_id"] == nil {
		return
	}
	if author, _ := msg["author"].(map[string]any); author == nil || author["id"] == s.cfg.botID {
		return
	}
	if mentions, _ := msg["mentions"].([]any); mentionsUser(mentions, s.cfg.botID) {
		return
	}
	msg["content"] = ""
}

func mentionsUser(mentions []any, id string) bool {
	for _, u := range mentions {
		if m, _ := u.(map[string]any); m != nil && m["id"] == id {
			return true
		}
	}
	return false
}

// snowflake reads an id as a number, 0 when it is not one.
func snowflake(id string) uint64 {
	n, _ := strconv.ParseUint(id, 10, 64)
	return n
}
