package bot

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
	"articlebot/llm"
)

// leaky are fragments that must never reach a channel.
var leaky = []string{"http://", "127.0.0.1", "fake error", "500", "goroutine", "panic", "context deadline", "Bot "}

func assertNoInternals(t *testing.T, dc *fakediscord.Server) {
	t.Helper()
	for _, r := range messageRequests(dc.Requests()) {
		content, _ := r.Body["content"].(string)
		if data, ok := r.Body["data"].(map[string]any); ok {
			content, _ = data["content"].(string)
		}
		for _, l := range leaky {
			if strings.Contains(content, l) {
				t.Errorf("a message shows %q: %q", l, content)
			}
		}
	}
}

func TestModelFailureFallsBackAndBotCarriesOn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		fail   []fakeopenai.Behaviour
		notice string
	}{
		{"500", []fakeopenai.Behaviour{fakeopenai.Status(500, "")}, "The model couldn't answer"},
		{"stall", []fakeopenai.Behaviour{fakeopenai.StallAfterHeaders(time.Hour)}, "didn't answer in time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			oa := fakeopenai.New(t)
			oa.Respond(citing)
			oa.Enqueue(tt.fail...)
			// 3 s: the stall outlasts it, and the next answer, which must
			// succeed, has room on a loaded machine (300 ms did not).
			eng := withModel(t, oa, func(c *llm.Config) { c.FirstTokenTimeout = 3 * time.Second })
			h := start(t, eng, Config{EditInterval: 20 * time.Millisecond})

			_, token := h.ask("Where will the talks take place?", fakediscord.Origin{})
			final := h.final(token)
			if !strings.Contains(final.Content, "Jeddah") || !strings.Contains(final.Content, "¶") {
				t.Errorf("fallback answer = %q, want the article's own cited sentences", final.Content)
			}
			if note := h.ephemeral(token); !strings.Contains(note, tt.notice) {
				t.Errorf("ephemeral note = %q, want %q", note, tt.notice)
			}
			if !strings.Contains(h.logs.String(), "model failed") {
				t.Error("the model's failure was not logged")
			}

			_, token2 := h.ask("What did Witkoff say?", fakediscord.Origin{UserID: "1400000000000000002"})
			if next := h.final(token2); !strings.Contains(next.Content, "¶") {
				t.Errorf("next answer = %q, want a cited answer", next.Content)
			}
			if fu := h.dc.Followups(token2); len(fu) != 0 {
				t.Errorf("the next answer got notes %v, want none: the model is back", fu)
			}
			assertNoInternals(t, h.dc)
		})
	}
}

func TestEngineErrorIsPrivateSentence(t *testing.T) {
	t.Parallel()
	h := start(t, failing{offline(t)}, Config{EditInterval: 20 * time.Millisecond})
	_, token := h.ask("anything", fakediscord.Origin{})
	if note := h.ephemeral(token); note != msgFailed {
		t.Errorf("note = %q, want %q", note, msgFailed)
	}
	h.waitUntil(func() bool { _, ok := h.dc.Original(token); return !ok }, "the public response to be removed")
	if !strings.Contains(h.logs.String(), "index exploded at http://10.0.0.1/internal") {
		t.Error("the error chain is not in the log")
	}
	assertNoInternals(t, h.dc)
}

func TestRateLimitedEditsStillComplete(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t, fakeopenai.WithChunkDelay(30*time.Millisecond))
	oa.Respond(citingWhole)
	h := start(t, withModel(t, oa), Config{EditInterval: 150 * time.Millisecond})

	// Answer A's next edit is rate limited with a long Retry-After;
	// answer B, asked just after, must not wait for it. The test asserts
	// the order of requests, not how long anything took: B finishes, at
	// its own pace, before A's edits resume. The Retry-After is long so
	// that a loaded machine cannot stretch B past it (B takes under a
	// second on an idle 2-core machine).
	const retryAfter = 10.0
	_, tokA := h.ask("What did Putin agree to?", fakediscord.Origin{UserID: "1400000000000000010"})
	h.dc.FailNext(http.MethodPatch, "/webhooks/*/"+tokA+"/messages/@original", 1, http.StatusTooManyRequests, retryAfter)
	_, tokB := h.ask("What did Witkoff say?", fakediscord.Origin{UserID: "1400000000000000011"})

	a, b := h.final(tokA), h.final(tokB)
	if !strings.Contains(a.Content, "¶") || !strings.Contains(b.Content, "¶") {
		t.Errorf("answers %q and %q, want both complete with citations", a.Content, b.Content)
	}
	var limited, resumed, bLast time.Time
	bDuring := 0
	for _, r := range h.dc.Requests() {
		if r.Method != http.MethodPatch {
			continue
		}
		switch {
		case strings.Contains(r.Path, tokA) && r.Status == http.StatusTooManyRequests && limited.IsZero():
			limited = r.Time
		case strings.Contains(r.Path, tokA) && r.Status == http.StatusOK && !limited.IsZero() && resumed.IsZero():
			resumed = r.Time
		case strings.Contains(r.Path, tokB) && r.Status == http.StatusOK:
			bLast = r.Time
			if !limited.IsZero() && resumed.IsZero() {
				bDuring++
			}
		}
	}
	if limited.IsZero() || resumed.IsZero() {
		t.Fatalf("A's edits were not limited and resumed (limited %v, resumed %v)", limited, resumed)
	}
	if !bLast.Before(resumed) {
		t.Errorf("B's last edit came after A's edits resumed: B waited for A's rate limit")
	}
	if bDuring < 2 {
		t.Errorf("B made %d edits while A was rate limited, want it to keep streaming at its own pace", bDuring)
	}
	if shortest, _ := editGaps(h.dc.Requests()); shortest < 150*time.Millisecond {
		t.Errorf("shortest gap between edits %v, want at least 150ms", shortest)
	}
}

func TestPanicIsRecovered(t *testing.T) {
	t.Parallel()
	h := start(t, panicky{offline(t)}, Config{EditInterval: 20 * time.Millisecond})
	_, token := h.ask("panic", fakediscord.Origin{})
	if note := h.ephemeral(token); note != msgFailed {
		t.Errorf("note = %q, want %q", note, msgFailed)
	}
	if !strings.Contains(h.logs.String(), "handler panicked") {
		t.Error("the panic was not logged")
	}
	_, token2 := h.ask("Where will the talks take place?", fakediscord.Origin{})
	if final := h.final(token2); !strings.Contains(final.Content, "Jeddah") {
		t.Errorf("after a panic: %q, want an answer (and the same user not stuck as busy)", final.Content)
	}
	id, _ := h.dc.SlashCommand(fakediscord.InteractionSpec{Name: "quote", Options: []fakediscord.Opt{fakediscord.StringOpt("speaker", "panic")}})
	if typ, data := h.callbackReply(id); typ != 4 || data["content"] != msgFailed {
		t.Errorf("a panicking /quote answered %d %v, want an ephemeral apology", typ, data)
	}
	h.dc.MessageCreate(fakediscord.MessageSpec{Content: "panic", MentionsBot: true})
	h.waitUntil(func() bool {
		for _, m := range h.dc.Messages(fakediscord.DefaultChannelID) {
			if m.ReplyTo != "" && m.Content == msgFailed {
				return true
			}
		}
		return false
	}, "an apology for the panicking message")
	assertNoInternals(t, h.dc)
}
