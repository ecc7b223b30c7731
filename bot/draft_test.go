package bot

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
)

// TestDraftNeverStaysUp: when the final edit cannot replace the streamed,
// unchecked draft, the draft is taken down and the checked answer posted
// anew.
func TestDraftNeverStaysUp(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t, fakeopenai.WithChunkDelay(25*time.Millisecond))
	oa.Respond(citingWhole)
	h := start(t, withModel(t, oa), Config{EditInterval: 40 * time.Millisecond})

	_, token := h.ask("What did Putin agree to?", fakediscord.Origin{})
	h.waitUntil(func() bool {
		m, ok := h.dc.Original(token)
		return ok && m.Content != "" && !isFinal(m)
	}, "a streamed draft")
	// From now on every edit of the response fails.
	h.dc.FailNext(http.MethodPatch, "/webhooks/*/"+token+"/messages/@original", 1000, http.StatusInternalServerError, 0)

	h.waitUntil(func() bool { _, ok := h.dc.Original(token); return !ok }, "the draft to be taken down")
	var answer string
	h.waitUntil(func() bool {
		msgs := append(h.dc.Followups(token), h.dc.Messages(fakediscord.DefaultChannelID)...)
		for _, m := range msgs {
			if strings.Contains(m.Content, "¶") {
				answer = m.Content
				return true
			}
		}
		return false
	}, "the checked answer posted anew")
	if !strings.Contains(answer, "[1]") {
		t.Errorf("reposted answer %q, want the checked answer with its citations", answer)
	}
	assertNoInternals(t, h.dc)
}
