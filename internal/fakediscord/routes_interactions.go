package fakediscord

import (
	"fmt"
	"net/http"
	"slices"
	"unicode/utf8"
)

// Interaction response types (discordgo.InteractionResponseType).
const (
	respMessage        = 4
	respDeferred       = 5
	respDeferredUpdate = 6
	respUpdate         = 7
	respAutocomplete   = 8
	respModal          = 9
)

// flagLoading marks a deferred response that is still "thinking".
const flagLoading = 1 << 7

// postCallback acknowledges an interaction: POST
// /interactions/{id}/{token}/callback.
func (s *Server) postCallback(r *http.Request, c *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.interactions[r.PathValue("id")]
	if in == nil || in.token != r.PathValue("token") {
		return apiError(http.StatusNotFound, 10062, "Unknown interaction")
	}
	if in.acked {
		return apiError(http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
	}
	if d := s.cfg.deadline; d > 0 && c.at.Sub(in.dispatchedAt) > d {
		return apiError(http.StatusNotFound, 10062, "Unknown interaction")
	}
	typ := int(num(c.body["type"]))
	data, _ := c.body["data"].(map[string]any)
	if rp, bad := checkCallback(in.kind, typ, data, c.files); bad {
		return rp
	}
	in.acked, in.ackType = true, typ
	switch typ {
	case respMessage, respDeferred:
		m := s.newBotMessage(in.channelID)
		m.Webhook = true
		if in.kind == 2 {
			m.kind = 20
		}
		applyFields(m, data)
		m.Flags = int(num(data["flags"]))
		if typ == respDeferred {
			m.Flags |= flagLoading
		}
		s.addMessage(m)
		in.original = m.ID
	case respDeferredUpdate, respUpdate:
		in.original = in.messageID
		if m := s.messages[in.messageID]; m != nil && typ == respUpdate {
			applyFields(m, data)
			m.Edits++
			m.edited = c.at
		}
	}
	return noContent()
}

// checkCallback applies Discord's rules for a response type to an
// interaction type; bad is true when it must be refused.
func checkCallback(kind, typ int, data map[string]any, files []string) (rp reply, bad bool) {
	allowed := map[int][]int{
		2: {respMessage, respDeferred, respModal},
		3: {respMessage, respDeferred, respDeferredUpdate, respUpdate, respModal},
		4: {respAutocomplete},
		5: {respMessage, respDeferred, respDeferredUpdate, respUpdate},
	}
	if ok, known := allowed[kind]; known && !slices.Contains(ok, typ) {
		return formError("type", "INTERACTION_RESPONSE_TYPE_INVALID",
			fmt.Sprintf("Response type %d is not valid for interaction type %d.", typ, kind)), true
	}
	switch typ {
	case respMessage:
		if isEmpty(data, files) {
			return apiError(http.StatusBadRequest, 50006, "Cannot send an empty message"), true
		}
		return checkContent(data)
	case respUpdate:
		return checkContent(data)
	case respAutocomplete:
		return checkChoices(data)
	}
	return reply{}, false
}

// checkChoices enforces autocomplete's limits: at most 25 choices, names
// of 1 to 100 characters, string values of at most 100.
func checkChoices(data map[string]any) (reply, bool) {
	choices, _ := data["choices"].([]any)
	if len(choices) > 25 {
		return formError("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."), true
	}
	for i, ch := range choices {
		m, _ := ch.(map[string]any)
		name := utf8.RuneCountInString(str(m["name"]))
		if name < 1 || name > 100 {
			return formError(fmt.Sprintf("data.choices.%d.name", i), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."), true
		}
		if v, isStr := m["value"].(string); isStr && utf8.RuneCountInString(v) > 100 {
			return formError(fmt.Sprintf("data.choices.%d.value", i), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."), true
		}
	}
	return reply{}, false
}

// checkContent enforces the 2,000 character content and 10 embed limits.
func checkContent(body map[string]any) (reply, bool) {
	if utf8.RuneCountInString(str(body["content"])) > 2000 {
		return formError("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."), true
	}
	if embeds, _ := body["embeds"].([]any); len(embeds) > 10 {
		return formError("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."), true
	}
	return reply{}, false
}

// isEmpty reports whether a new message would have nothing to show.
func isEmpty(body map[string]any, files []string) bool {
	for _, k := range []string{"embeds", "components", "sticker_ids", "attachments"} {
		if v, _ := body[k].([]any); len(v) > 0 {
			return false
		}
	}
	return str(body["content"]) == "" && len(files) == 0 && body["poll"] == nil
}

// webhook finds the acknowledged interaction behind /webhooks/{app}/{token}.
// The caller holds s.mu.
func (s *Server) webhook(r *http.Request) (*interaction, reply, bool) {
	in := s.tokens[r.PathValue("token")]
	if r.PathValue("app") != s.cfg.appID || in == nil {
		return nil, apiError(http.StatusUnauthorized, 50027, "Invalid Webhook Token"), false
	}
	if !in.acked || in.ackType == respAutocomplete || in.ackType == respModal {
		return nil, apiError(http.StatusNotFound, 10015, "Unknown Webhook"), false
	}
	return in, reply{}, true
}

// webhookMessage resolves {msg} (@original or a followup id) of an
// interaction webhook. The caller holds s.mu.
func (s *Server) webhookMessage(r *http.Request) (*interaction, *Message, reply) {
	in, rp, found := s.webhook(r)
	if !found {
		return nil, nil, rp
	}
	id := r.PathValue("msg")
	if id == "@original" {
		id = in.original
	} else if id != in.original && !slices.Contains(in.followups, id) {
		id = ""
	}
	m := s.messages[id]
	if m == nil {
		return nil, nil, apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	return in, m, reply{}
}

// postFollowup sends a followup message: POST /webhooks/{app}/{token}.
func (s *Server) postFollowup(r *http.Request, c *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	in, rp, found := s.webhook(r)
	if !found {
		return rp
	}
	if isEmpty(c.body, c.files) {
		return apiError(http.StatusBadRequest, 50006, "Cannot send an empty message")
	}
	if rp, bad := checkContent(c.body); bad {
		return rp
	}
	m := s.newBotMessage(in.channelID)
	m.Webhook = true
	applyFields(m, c.body)
	m.Flags = int(num(c.body["flags"]))
	s.addMessage(m)
	in.followups = append(in.followups, m.ID)
	return okJSON(s.messageJSON(m))
}

// getWebhookMessage reads @original or a followup.
func (s *Server) getWebhookMessage(r *http.Request, _ *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, m, rp := s.webhookMessage(r)
	if m == nil {
		return rp
	}
	return okJSON(s.messageJSON(m))
}

// patchWebhookMessage edits @original or a followup; the first edit of a
// deferred response clears its loading state.
func (s *Server) patchWebhookMessage(r *http.Request, c *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, m, rp := s.webhookMessage(r)
	if m == nil {
		return rp
	}
	if rp, bad := checkContent(c.body); bad {
		return rp
	}
	applyFields(m, c.body)
	m.Flags &^= flagLoading
	m.Edits++
	m.edited = c.at
	return okJSON(s.messageJSON(m))
}

// deleteWebhookMessage deletes @original or a followup.
func (s *Server) deleteWebhookMessage(r *http.Request, _ *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	in, m, rp := s.webhookMessage(r)
	if m == nil {
		return rp
	}
	s.deleteMessage(m.ID)
	if m.ID == in.original {
		in.original = ""
	}
	in.followups = slices.DeleteFunc(in.followups, func(id string) bool { return id == m.ID })
	return noContent()
}

// newBotMessage starts a message by the bot in a channel. The caller holds
// s.mu.
func (s *Server) newBotMessage(channelID string) *Message {
	return &Message{ChannelID: channelID, AuthorID: s.cfg.botID, authorName: s.cfg.botName, Fields: map[string]any{}}
}
