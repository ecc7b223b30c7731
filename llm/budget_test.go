package llm

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
)

// TestFirstTokenBudgetCoversRetries checks that FirstTokenTimeout bounds
// everything before the first token: a server that keeps answering 503
// with a long Retry-After is given up on when the budget runs out, not
// after every retry's wait.
func TestFirstTokenBudgetCoversRetries(t *testing.T) {
	s := fakeopenai.New(t)
	s.Respond(func(fakeopenai.ChatRequest) fakeopenai.Behaviour {
		return fakeopenai.Status(503, `{"error":{"message":"busy"}}`).RetryAfter("20")
	})
	c := newTestClient(t, s.URL(), func(c *Config) {
		c.FirstTokenTimeout = 200 * time.Millisecond
		c.MaxRetries = 5
		c.BackoffMax = 30 * time.Second
	})
	c.sleep = sleepCtx // really wait, so that the budget can cut the wait
	_, err := c.Stream(context.Background(), userMsg("q"), nil)
	if k := Classify(err); k != KindTimeout || !strings.Contains(err.Error(), "retries included") {
		t.Fatalf("got %s: %v; want the first-token budget's timeout", k, err)
	}
	if n := len(s.ChatRequests()); n != 1 {
		t.Errorf("got %d attempts, want 1 (the retry's wait outlasts the budget)", n)
	}
}

// TestUnreachableIsRetried checks that a connect timeout before any
// connection was made (a dial that hangs) is still retried, unlike a
// server that accepted the connection and stays silent.
func TestUnreachableIsRetried(t *testing.T) {
	var dials atomic.Int32
	hanging := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		dials.Add(1)
		<-ctx.Done()
		return nil, ctx.Err()
	}}}
	c := newTestClient(t, "http://192.0.2.1:9/v1", func(c *Config) {
		c.HTTPClient = hanging
		c.ConnectTimeout = 30 * time.Millisecond
		c.MaxRetries = 1
	})
	_, err := c.Stream(context.Background(), userMsg("q"), nil)
	var e *Error
	if Classify(err) != KindTimeout || !strings.Contains(err.Error(), "no response headers") || !asError(err, &e) || strings.Contains(e.Hint, "accepted") {
		t.Fatalf("got %v", err)
	}
	if n := dials.Load(); n != 2 {
		t.Errorf("got %d dials, want 2 (one retry)", n)
	}
}

// TestSilentServerCostsOneConnectTimeout checks the case from the issue:
// a TCP listener that accepts and never answers is given up on after one
// connect timeout, with a reason that says what happened.
func TestSilentServerCostsOneConnectTimeout(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var accepted atomic.Int32
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			defer conn.Close()
		}
	}()
	c := newTestClient(t, "http://"+ln.Addr().String()+"/v1", func(c *Config) {
		c.ConnectTimeout = 50 * time.Millisecond
		c.MaxRetries = 2
	})
	_, err = c.Stream(context.Background(), userMsg("q"), nil)
	var e *Error
	if !asError(err, &e) || e.Kind != KindTimeout || !strings.Contains(e.UserMessage(), "accepted the connection but sent nothing") {
		t.Fatalf("got %v", err)
	}
	if n := accepted.Load(); n != 1 {
		t.Errorf("got %d connections, want 1: a silent server is not retried", n)
	}
}

func asError(err error, target **Error) bool { return errors.As(err, target) }
