package llm

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
)

func TestBreakerStopsCallingAnUnreachableEndpoint(t *testing.T) {
	now := time.Date(2026, 11, 29, 16, 0, 0, 0, time.UTC)
	c := newTestClient(t, deadURL(t), nil)
	c.brk.now = func() time.Time { return now }
	msgs := []Message{{Role: RoleUser, Content: "hi"}}

	_, err := c.Stream(context.Background(), msgs, nil)
	if Classify(err) != KindUnavailable || errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("first call: got %v, want a refused connection", err)
	}
	tried := len(c.slept())
	if tried != DefaultMaxRetries {
		t.Fatalf("first call: got %d retries, want %d", tried, DefaultMaxRetries)
	}

	for _, call := range []func() error{
		func() error { _, err := c.Stream(context.Background(), msgs, nil); return err },
		func() error { _, err := c.Embed(context.Background(), []string{"x"}); return err },
	} {
		err := call()
		var e *Error
		if !errors.Is(err, ErrCircuitOpen) || !errors.As(err, &e) || e.Kind != KindUnavailable {
			t.Fatalf("while open: got %v, want ErrCircuitOpen", err)
		}
		if msg := e.UserMessage(); !strings.Contains(msg, "until 16:00:30") || strings.Count(msg, "\n") > 0 {
			t.Errorf("got note %q, want one line saying until when", msg)
		}
	}
	if n := len(c.slept()); n != tried {
		t.Errorf("while open: got %d more retries, want none", n-tried)
	}

	now = now.Add(DefaultBreakerCooldown)
	if _, err := c.Stream(context.Background(), msgs, nil); errors.Is(err, ErrCircuitOpen) {
		t.Errorf("after the cooldown: got %v, want the endpoint tried again", err)
	}
	if n := len(c.slept()); n != 2*tried {
		t.Errorf("after the cooldown: got %d retries in all, want %d", n, 2*tried)
	}
}

func TestBreakerIgnoresAServerThatAnswers(t *testing.T) {
	s := fakeopenai.New(t)
	s.Enqueue(fakeopenai.Status(500, ""), fakeopenai.Status(500, ""), fakeopenai.Status(500, ""), fakeopenai.Answer("Fine."))
	c := newTestClient(t, s.URL(), nil)
	msgs := []Message{{Role: RoleUser, Content: "hi"}}
	if _, err := c.Stream(context.Background(), msgs, nil); Classify(err) != KindUnavailable {
		t.Fatalf("got %v, want the 500", err)
	}
	comp, err := c.Stream(context.Background(), msgs, nil)
	if err != nil || comp.Text != "Fine." {
		t.Errorf("got %q, %v: a server that answers 500 is there, and is called again", comp.Text, err)
	}
}

func TestBreakerOff(t *testing.T) {
	c := newTestClient(t, deadURL(t), func(cfg *Config) { cfg.BreakerCooldown = -1 })
	for i := range 2 {
		if _, err := c.Stream(context.Background(), []Message{{Role: RoleUser, Content: "hi"}}, nil); errors.Is(err, ErrCircuitOpen) {
			t.Errorf("call %d: got %v with the breaker off", i, err)
		}
	}
}
