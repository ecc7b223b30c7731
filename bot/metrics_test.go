package bot

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakediscord"
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
