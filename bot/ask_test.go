package bot

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
)

// TestAskStreamsThenCites runs /ask in llm mode with the default 1 s edit
// interval against a model that streams for about three seconds.
func TestAskStreamsThenCites(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t, fakeopenai.WithChunkDelay(40*time.Millisecond))
	var mu sync.Mutex
	var firstChat time.Time
	oa.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		mu.Lock()
		if firstChat.IsZero() {
			firstChat = time.Now()
		}
		mu.Unlock()
		return citingWhole(req)
	})
	h := start(t, withModel(t, oa), Config{})
	if h.bot.cfg.EditInterval != time.Second {
		t.Fatalf("default edit interval = %v, want 1s", h.bot.cfg.EditInterval)
	}

	id, token := h.ask("What did Putin agree to on Tuesday?", fakediscord.Origin{})
	final := h.final(token)

	reqs := h.dc.Requests()
	cb, ok := h.dc.Callback(id)
	if !ok || cb.Status != http.StatusNoContent {
		t.Fatalf("callback = %v, want a 204", cb)
	}
	if typ, _ := cb.Body["type"].(float64); typ != 5 {
		t.Errorf("callback type %v, want 5 (deferred)", cb.Body["type"])
	}
	sent, _ := h.dc.DispatchedAt(id)
	t.Logf("deferred %v after dispatch", cb.Time.Sub(sent))
	mu.Lock()
	if !cb.Time.Before(firstChat) {
		t.Errorf("the deferral (%v) came after the model was called (%v)", cb.Time, firstChat)
	}
	mu.Unlock()
	for _, r := range reqs {
		if r.Method == http.MethodPatch && r.Time.Before(cb.Time) {
			t.Errorf("edit %s before the deferral", r)
		}
	}

	shortest, edits := editGaps(reqs)
	path := "/api/v9/webhooks/" + h.dc.AppID() + "/" + token + "/messages/@original"
	if edits[path] < 3 {
		t.Errorf("got %d edits, want streamed edits then the final one", edits[path])
	}
	if shortest < time.Second {
		t.Errorf("shortest gap between edits %v, want at least the 1s interval", shortest)
	}
	t.Logf("edits %d, shortest gap %v", edits[path], shortest)

	if !strings.Contains(final.Content, "**Sources**") || !strings.Contains(final.Content, "[1] ¶") {
		t.Errorf("final content has no citation list:\n%s", final.Content)
	}
	if strings.Contains(final.Content, " …") {
		t.Errorf("final content still looks like it is streaming:\n%s", final.Content)
	}
	assertNoPings(t, reqs)
}

func TestAskExtractiveEditsOnce(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{EditInterval: 50 * time.Millisecond})
	_, token := h.ask("Where will the talks take place?", fakediscord.Origin{})
	final := h.final(token)
	if !strings.Contains(final.Content, "Jeddah") || !strings.Contains(final.Content, "¶") {
		t.Errorf("final content = %q, want the answer (Jeddah) with citations", final.Content)
	}
	if final.Edits != 1 {
		t.Errorf("got %d edits, want 1: an extractive answer arrives whole", final.Edits)
	}
	if fu := h.dc.Followups(token); len(fu) != 0 {
		t.Errorf("got followups %v, want none", fu)
	}
	assertNoPings(t, h.dc.Requests())
}

func TestAskRefusals(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{MaxQuestion: 40})
	tests := []struct {
		name, question, want string
	}{
		{"too long", strings.Repeat("why ", 20), "at most 40"},
		{"empty", "   ", "Ask me a question"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, _ := h.ask(tt.question, fakediscord.Origin{UserID: "1400000000000000077"})
			typ, data := h.callbackReply(id)
			flags, _ := data["flags"].(float64)
			content, _ := data["content"].(string)
			if typ != 4 || int(flags)&64 == 0 || !strings.Contains(content, tt.want) {
				t.Errorf("callback type %d flags %v content %q, want an ephemeral message containing %q", typ, flags, content, tt.want)
			}
		})
	}
}

func TestSourceArticleHelp(t *testing.T) {
	t.Parallel()
	h := start(t, offline(t), Config{})
	tests := []struct {
		name      string
		opts      []fakediscord.Opt
		ephemeral bool
		want      string
	}{
		{"source", []fakediscord.Opt{fakediscord.IntOpt("paragraph", 5)}, false, "**¶5** of"},
		{"source", []fakediscord.Opt{fakediscord.IntOpt("paragraph", 999)}, true, "paragraphs ¶1 to"},
		{"source", []fakediscord.Opt{fakediscord.StringOpt("paragraph", "x")}, true, "paragraphs ¶1 to"},
		{"article", nil, true, "Mode: extractive"},
		{"help", nil, true, "/ask"},
		{"nosuch", nil, true, "/help"},
	}
	for _, tt := range tests {
		id, _ := h.dc.SlashCommand(fakediscord.InteractionSpec{Name: tt.name, Options: tt.opts})
		typ, data := h.callbackReply(id)
		flags, _ := data["flags"].(float64)
		content, _ := data["content"].(string)
		if typ != 4 || (int(flags)&64 != 0) != tt.ephemeral || !strings.Contains(content, tt.want) {
			t.Errorf("/%s %v: type %d flags %v content %q, want ephemeral=%v with %q", tt.name, tt.opts, typ, flags, content, tt.ephemeral, tt.want)
		}
	}
	assertNoPings(t, h.dc.Requests())
}
