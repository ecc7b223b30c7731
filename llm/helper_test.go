package llm

import (
	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
)

// testClient is a Client whose backoff sleeps are recorded, not slept.
type testClient struct {
	*Client
	mu     sync.Mutex
	delays []time.Duration
}

func (tc *testClient) slept() []time.Duration {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	return append([]time.Duration(nil), tc.delays...)
}

// newTestClient returns a client for baseURL with the fake's model names,
// no jitter, and edit applied to its Config.
func newTestClient(t *testing.T, baseURL string, edit func(*Config)) *testClient {
	t.Helper()
	cfg := Config{
		BaseURL:        baseURL,
		ChatModel:      fakeopenai.DefaultChatModel,
		EmbeddingModel: fakeopenai.DefaultEmbedModel,
		Logger:         slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	if edit != nil {
		edit(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	tc := &testClient{Client: c}
	c.jitter = func(d time.Duration) time.Duration { return d }
	c.sleep = func(ctx context.Context, d time.Duration) error {
		tc.mu.Lock()
		tc.delays = append(tc.delays, d)
		tc.mu.Unlock()
		return ctx.Err()
	}
	return tc
}

// deadURL returns the URL of a listener that has been closed, so that
// connections are refused.
func deadURL(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr + "/v1"
}

// collect returns an onDelta that appends to a builder.
func collect() (*strings.Builder, func(string)) {
	var b strings.Builder
	return &b, func(s string) { b.WriteString(s) }
}

func userMsg(s string) []Message { return []Message{{Role: RoleUser, Content: s}} }
