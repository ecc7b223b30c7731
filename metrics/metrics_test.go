package metrics

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestHandlerExportsAndChecksHealth(t *testing.T) {
	t.Parallel()
	m := New()
	m.Question("slash", "answered")
	m.GateActions(1, 2, 0)
	m.ModelError("timed out")
	m.Latency("first_token", 300*time.Millisecond)
	m.QueueDepth(3)
	m.Discord429()
	m.TrackArticles(func() (int, int64) { return 2, 4096 })
	var healthErr error
	srv := httptest.NewServer(m.Handler(func() error { return healthErr }))
	defer srv.Close()

	body := get(t, srv.URL+"/metrics", http.StatusOK)
	for _, want := range []string{
		`articlebot_questions_total{entry="slash",outcome="answered"} 1`,
		`articlebot_gate_actions_total{action="citation_moved"} 1`,
		`articlebot_gate_actions_total{action="citation_removed"} 2`,
		`articlebot_model_errors_total{kind="timed_out"} 1`,
		`articlebot_latency_seconds_bucket{stage="first_token",le="0.5"} 1`,
		`articlebot_model_queue_depth 3`,
		`articlebot_discord_429_total 1`,
		`articlebot_articles_held 2`,
		`articlebot_article_bytes 4096`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(body, `action="sentence_flagged"`) {
		t.Error("a zero count was exported as a series")
	}
	if got := get(t, srv.URL+"/healthz", http.StatusOK); got != "ok\n" {
		t.Errorf("/healthz = %q, want ok", got)
	}
	healthErr = errors.New("discord gateway not connected")
	if got := get(t, srv.URL+"/healthz", http.StatusServiceUnavailable); !strings.Contains(got, "gateway not connected") {
		t.Errorf("/healthz = %q, want the reason", got)
	}
}

func TestServeAndCheck(t *testing.T) {
	t.Parallel()
	m := New()
	var unhealthy atomic.Bool
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() {
		done <- Serve(ctx, "127.0.0.1:0", m.Handler(func() error {
			if unhealthy.Load() {
				return errors.New("no article loaded")
			}
			return nil
		}), nil, func(a net.Addr) { addrc <- a })
	}()
	addr := (<-addrc).(*net.TCPAddr)
	if err := Check(context.Background(), addr.String()); err != nil {
		t.Errorf("Check on a healthy instance: %v", err)
	}
	// An unspecified host means this machine, as in a container's 0.0.0.0.
	if err := Check(context.Background(), net.JoinHostPort("0.0.0.0", strconv.Itoa(addr.Port))); err != nil {
		t.Errorf("Check via 0.0.0.0: %v", err)
	}
	unhealthy.Store(true)
	if err := Check(context.Background(), addr.String()); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("Check on an unhealthy instance = %v, want a 503 error", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after cancel: %v", err)
	}
	if err := Check(context.Background(), "nonsense"); err == nil {
		t.Error("Check(nonsense) = nil, want an error")
	}
}

func get(t *testing.T, url string, want int) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Errorf("GET %s: %d, want %d", url, resp.StatusCode, want)
	}
	return string(body)
}
