package bot

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
)

// stopID waits for the Stop button on a streaming response and returns its
// custom id.
func (h *harness) stopID(token string) (messageID, customID string) {
	h.t.Helper()
	h.waitUntil(func() bool {
		m, ok := h.dc.Original(token)
		if !ok {
			return false
		}
		rows, _ := m.Fields["components"].([]any)
		if len(rows) == 0 {
			return false
		}
		row, _ := rows[0].(map[string]any)
		buttons, _ := row["components"].([]any)
		if len(buttons) == 0 {
			return false
		}
		b, _ := buttons[0].(map[string]any)
		messageID, customID = m.ID, fmt.Sprint(b["custom_id"])
		return strings.HasPrefix(customID, stopPrefix)
	}, "a Stop button")
	return messageID, customID
}

func TestStopButton(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t)
	// Stalls until Stop cancels it: no loaded machine finishes it first.
	oa.Respond(func(fakeopenai.ChatRequest) fakeopenai.Behaviour { return fakeopenai.Stall(time.Hour) })
	h := start(t, withModel(t, oa), Config{EditInterval: 50 * time.Millisecond})
	asker := fakediscord.Origin{UserID: "1400000000000000061"}
	_, token := h.ask("What did Putin agree to?", asker)
	msgID, custom := h.stopID(token)

	id, _ := h.dc.ButtonClick(fakediscord.ComponentSpec{Origin: fakediscord.Origin{UserID: "1400000000000000062"}, CustomID: custom, MessageID: msgID})
	typ, data := h.callbackReply(id)
	flags, _ := data["flags"].(float64)
	if typ != 4 || int(flags)&64 == 0 || data["content"] != msgOnlyAsker {
		t.Errorf("someone else's click: type %d flags %v %v, want an ephemeral %q", typ, flags, data["content"], msgOnlyAsker)
	}
	if m, _ := h.dc.Original(token); isFinal(m) {
		t.Fatal("someone else's click stopped the answer")
	}

	id, _ = h.dc.ButtonClick(fakediscord.ComponentSpec{Origin: asker, CustomID: custom, MessageID: msgID})
	if typ, _ := h.callbackReply(id); typ != 6 {
		t.Errorf("the asker's click: callback type %d, want 6", typ)
	}
	if final := h.final(token); final.Content != msgStopped {
		t.Errorf("after Stop: %q, want %q", final.Content, msgStopped)
	}
	id, _ = h.dc.ButtonClick(fakediscord.ComponentSpec{Origin: asker, CustomID: custom, MessageID: msgID})
	if _, data := h.callbackReply(id); data["content"] != msgFinished {
		t.Errorf("a click after the end: %v, want %q", data["content"], msgFinished)
	}
	assertNoPings(t, h.dc.Requests())
}

func TestTokenExpiryPostsChannelMessage(t *testing.T) {
	t.Parallel()
	// The expiry note goes out in the last lifetime/30 of the token's life:
	// 800 ms here, room enough for a loaded machine's timer latency plus
	// one 50 ms edit interval (a 3 s lifetime gave 100 ms and failed now
	// and then under -race while other packages built; 12 s gave 400 ms
	// and failed once at a load average of 20).
	const lifetime = 24 * time.Second
	const margin = lifetime / 30
	// The model answers once the note is out, that is after the token
	// can no longer be used for the answer: no delay to race the timer.
	oa := fakeopenai.New(t)
	release := make(chan struct{})
	var once sync.Once
	open := func() { once.Do(func() { close(release) }) }
	t.Cleanup(open) // before oa's cleanup, which waits for its handlers
	oa.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		<-release
		return citing(req)
	})
	h := start(t, withModel(t, oa), Config{EditInterval: 50 * time.Millisecond, TokenLifetime: lifetime})
	id, token := h.ask("What did Putin agree to?", fakediscord.Origin{UserID: "1400000000000000071"})
	h.waitUntil(func() bool {
		m, _ := h.dc.Original(token)
		return m.Content == msgExpiredNote
	}, "the expiry note")
	open()
	var posted fakediscord.Message
	h.waitUntil(func() bool {
		for _, m := range h.dc.Messages(fakediscord.DefaultChannelID) {
			if !m.Webhook && strings.Contains(m.Content, "¶") {
				posted = m
				return true
			}
		}
		return false
	}, "the answer as a channel message")
	if !strings.Contains(posted.Content, "<@1400000000000000071>") || !strings.Contains(posted.Content, "**Sources**") {
		t.Errorf("posted %q, want the answer addressed to the asker", posted.Content)
	}
	if orig, _ := h.dc.Original(token); orig.Content != msgExpiredNote {
		t.Errorf("the response says %q, want %q", orig.Content, msgExpiredNote)
	}
	// The note is the token's last use. A request sent just inside the
	// lifetime, counted from when the bot received the interaction, may
	// arrive a little after the lifetime counted from the dispatch: the
	// margin the bot keeps is for that transit.
	sent, _ := h.dc.DispatchedAt(id)
	noted := false
	for _, r := range h.dc.Requests() {
		if !strings.Contains(r.Path, token) {
			continue
		}
		if noted {
			t.Errorf("used the token after the expiry note: %s", r)
		}
		if content, _ := r.Body["content"].(string); content == msgExpiredNote {
			noted = true
		}
		if r.Time.Sub(sent) > lifetime+margin {
			t.Errorf("used the token after its lifetime: %s at %v", r, r.Time.Sub(sent))
		}
	}
	if !noted {
		t.Error("no request carried the expiry note")
	}
	assertNoPings(t, h.dc.Requests())
}

func TestShutdownCutsOffRunningAnswers(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t)
	oa.Respond(func(fakeopenai.ChatRequest) fakeopenai.Behaviour { return fakeopenai.Stall(30 * time.Second) })
	h := start(t, withModel(t, oa), Config{EditInterval: 50 * time.Millisecond, ShutdownGrace: 300 * time.Millisecond})
	_, token := h.ask("What did Putin agree to?", fakediscord.Origin{})
	h.dc.MessageCreate(fakediscord.MessageSpec{Content: "What did Witkoff say?", MentionsBot: true, Origin: fakediscord.Origin{UserID: "1400000000000000081"}})
	h.stopID(token)

	stopped := make(chan error, 1)
	began := time.Now()
	go func() { stopped <- h.stop() }()
	h.waitUntil(func() bool { return h.bot.draining.Load() }, "draining")
	id, _ := h.ask("Where will the talks take place?", fakediscord.Origin{UserID: "1400000000000000082"})
	if _, data := h.callbackReply(id); data["content"] != msgDraining {
		t.Errorf("a question during shutdown got %v, want %q", data["content"], msgDraining)
	}
	select {
	case err := <-stopped:
		if err != nil {
			t.Errorf("Run = %v, want nil after a clean shutdown", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return")
	}
	if took := time.Since(began); took < 300*time.Millisecond {
		t.Errorf("shutdown took %v, want the 300ms grace given to running answers", took)
	}
	if final, _ := h.dc.Original(token); final.Content != msgCutOff || !isFinal(final) {
		t.Errorf("the running /ask shows %q, want %q", final.Content, msgCutOff)
	}
	var replyCut bool
	for _, m := range h.dc.Messages(fakediscord.DefaultChannelID) {
		replyCut = replyCut || (!m.Webhook && m.Content == msgCutOff)
	}
	if !replyCut {
		t.Error("the asker by mention was not told they were cut off")
	}
	if h.dc.Connected() != 0 {
		t.Error("the gateway is still connected")
	}
}
