package bot

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
	"articlebot/metrics"
)

// TestMetricsAndHealth asks questions by /ask and by mention, has one
// refused, and reads /metrics; then drops the gateway and watches
// /healthz turn 503.
func TestMetricsAndHealth(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	h := start(t, offline(t), Config{Metrics: m, PerMinute: 1, EditInterval: 20 * time.Millisecond})
	m.TrackArticles(h.bot.Articles)
	srv := httptest.NewServer(m.Handler(h.bot.Healthy))
	t.Cleanup(srv.Close)
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}

	_, token := h.ask("What did Witkoff say?", fakediscord.Origin{UserID: userAlice})
	h.final(token)
	id, _ := h.ask("Where will the talks take place?", fakediscord.Origin{UserID: userAlice}) // over the limit of 1 a minute
	h.callbackReply(id)
	h.dc.MessageCreate(fakediscord.MessageSpec{Content: "What did Witkoff say?", MentionsBot: true, Origin: fakediscord.Origin{UserID: userBob}})
	h.finalReply(fakediscord.DefaultChannelID, 0)

	want := []string{
		`articlebot_questions_total{entry="slash",outcome="answered"} 1`,
		`articlebot_questions_total{entry="slash",outcome="refused"} 1`,
		`articlebot_questions_total{entry="mention",outcome="answered"} 1`,
		`articlebot_rate_limit_refusals_total 1`,
		`articlebot_latency_seconds_count{stage="defer"} 1`,
		`articlebot_latency_seconds_count{stage="answer"} 2`,
		`articlebot_articles_held 1`,
		`go_goroutines`,
	}
	var body string
	h.waitUntil(func() bool {
		_, body = get("/metrics")
		for _, w := range want {
			if !strings.Contains(body, w) {
				return false
			}
		}
		return true
	}, "the counters to move")
	if strings.Contains(body, testToken) || strings.Contains(body, bareToken(testToken)) {
		t.Error("/metrics shows the bot token")
	}

	if code, text := get("/healthz"); code != http.StatusOK {
		t.Fatalf("/healthz = %d %q while connected, want 200", code, text)
	}
	h.dc.CloseConnections(4000)
	h.waitUntil(func() bool { code, _ := get("/healthz"); return code == http.StatusServiceUnavailable }, "/healthz to turn 503")
	if _, text := get("/healthz"); !strings.Contains(text, "gateway not connected") {
		t.Errorf("/healthz says %q, want the reason", text)
	}
}

// TestMetricsInLLMMode counts what the gate removed from a model answer,
// the first token's latency, and a model failure that fell back to an
// extractive answer.
func TestMetricsInLLMMode(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t)
	var calls atomic.Int32
	oa.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		if strings.Contains(req.LastUser(), "Rewrite the last question") {
			return citing(req)
		}
		if calls.Add(1) > 1 {
			return fakeopenai.Status(http.StatusInternalServerError, `{"error":{"message":"boom"}}`)
		}
		// A citation of a source that does not exist, which the gate removes.
		return citingWith(req, func(s string) string { return firstSentence(s) + " [9]" })
	})
	m := metrics.New()
	h := start(t, withModel(t, oa), Config{Metrics: m, EditInterval: 20 * time.Millisecond})
	srv := httptest.NewServer(m.Handler(h.bot.Healthy))
	t.Cleanup(srv.Close)

	_, t1 := h.ask("What did Putin agree to?", fakediscord.Origin{UserID: userAlice})
	h.final(t1)
	_, t2 := h.ask("What did Witkoff say?", fakediscord.Origin{UserID: userBob})
	h.final(t2)

	want := []string{
		`articlebot_gate_actions_total{action="citation_removed"}`,
		`articlebot_latency_seconds_count{stage="first_token"} 1`,
		`articlebot_questions_total{entry="slash",outcome="fallback"} 1`,
		`articlebot_model_errors_total{kind="endpoint_error"} 1`,
	}
	h.waitUntil(func() bool {
		resp, err := http.Get(srv.URL + "/metrics")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		for _, w := range want {
			if !strings.Contains(string(body), w) {
				return false
			}
		}
		return true
	}, "the llm counters")
}
