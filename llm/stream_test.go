package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
)

func TestStream(t *testing.T) {
	const grounded = "The council approved the budget [1], after a long debate [2]."
	busy := fakeopenai.OllamaError(503, "busy")
	s500 := fakeopenai.Status(500, "")
	tests := []struct {
		name         string
		script       []fakeopenai.Behaviour
		wantText     string // also the concatenated deltas
		wantFinish   string
		wantKind     Kind // checked when wantErr
		wantErr      bool
		wantAttempts int
		wantDelays   []time.Duration
		hold         int // Config.ThinkHold
	}{
		{name: "grounded answer", script: []fakeopenai.Behaviour{fakeopenai.Answer(grounded)},
			wantText: grounded, wantFinish: "stop", wantAttempts: 1},
		{name: "think tags split across chunks",
			script:   []fakeopenai.Behaviour{fakeopenai.AnswerChunks("<thi", "nk>secret plan</th", "ink>", "\n\nThe answer.")},
			wantText: "The answer.", wantFinish: "stop", wantAttempts: 1},
		{name: "think unterminated",
			script:   []fakeopenai.Behaviour{fakeopenai.AnswerChunks("Visible. ", "<think>secret", " forever")},
			wantText: "Visible. ", wantFinish: "stop", wantAttempts: 1},
		{name: "think opener stripped",
			script:   []fakeopenai.Behaviour{fakeopenai.AnswerChunks("secret plan", "</think>", "\n\nThe answer.")},
			wantText: "The answer.", wantFinish: "stop", wantAttempts: 1},
		{name: "reasoning_content hidden", script: []fakeopenai.Behaviour{fakeopenai.Reasoning("secret plan", "The answer.")},
			wantText: "The answer.", wantFinish: "stop", wantAttempts: 1},
		{name: "many keep-alive comments", script: []fakeopenai.Behaviour{fakeopenai.KeepAlives(500, "Fine.")},
			wantText: "Fine.", wantFinish: "stop", wantAttempts: 1},
		{name: "finish length is not an error", script: []fakeopenai.Behaviour{fakeopenai.Finish("Partly", "length")},
			wantText: "Partly", wantFinish: "length", wantAttempts: 1},
		{name: "429 with Retry-After then success",
			script:   []fakeopenai.Behaviour{fakeopenai.Status(429, "").RetryAfter("3"), fakeopenai.Answer("Ok.")},
			wantText: "Ok.", wantFinish: "stop", wantAttempts: 2, wantDelays: []time.Duration{3 * time.Second}},
		{name: "Retry-After capped",
			script:   []fakeopenai.Behaviour{fakeopenai.Status(503, "").RetryAfter("3600"), fakeopenai.Answer("Ok.")},
			wantText: "Ok.", wantFinish: "stop", wantAttempts: 2, wantDelays: []time.Duration{maxRetryAfter}},
		{name: "500 twice then success", script: []fakeopenai.Behaviour{s500, s500, fakeopenai.Answer("Ok.")},
			wantText: "Ok.", wantFinish: "stop", wantAttempts: 3,
			wantDelays: []time.Duration{500 * time.Millisecond, time.Second}},
		{name: "500 three times", script: []fakeopenai.Behaviour{s500, s500, s500},
			wantErr: true, wantKind: KindUnavailable, wantAttempts: 3,
			wantDelays: []time.Duration{500 * time.Millisecond, time.Second}},
		{name: "ollama busy retried", script: []fakeopenai.Behaviour{busy, fakeopenai.Answer("Ok.")},
			wantText: "Ok.", wantFinish: "stop", wantAttempts: 2, wantDelays: []time.Duration{500 * time.Millisecond}},
		{name: "no retry after first delta", script: []fakeopenai.Behaviour{fakeopenai.CutMid(grounded)},
			wantErr: true, wantKind: KindCutOff, wantAttempts: 1, wantText: grounded[:32], hold: 1},
		{name: "clean close without finish reason", script: []fakeopenai.Behaviour{fakeopenai.CloseNoDone("All of it.")},
			wantErr: true, wantKind: KindCutOff, wantAttempts: 1, wantText: "All of it.", hold: 1},
		{name: "cut off while text is held back is retried",
			script:   []fakeopenai.Behaviour{fakeopenai.CloseNoDone("All of it."), fakeopenai.Answer("Ok.")},
			wantText: "Ok.", wantFinish: "stop", wantAttempts: 2, wantDelays: []time.Duration{500 * time.Millisecond}},
		{name: "JSON instead of a stream",
			script: []fakeopenai.Behaviour{fakeopenai.Handler(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				fmt.Fprint(w, `{"id":"x","choices":[{"message":{"content":"hi"}}]}`)
			})},
			wantErr: true, wantKind: KindBadResponse, wantAttempts: 1},
		{name: "malformed chunk", script: []fakeopenai.Behaviour{fakeopenai.Malformed()},
			wantErr: true, wantKind: KindBadResponse, wantAttempts: 1},
		{name: "error mid-stream before any delta is retried",
			script:   []fakeopenai.Behaviour{fakeopenai.ErrorMidStream("model crashed"), fakeopenai.Answer("Ok.")},
			wantText: "Ok.", wantFinish: "stop", wantAttempts: 2, wantDelays: []time.Duration{500 * time.Millisecond}},
		{name: "context length mid-stream",
			script:  []fakeopenai.Behaviour{fakeopenai.ErrorMidStream("This model's maximum context length is 4096 tokens")},
			wantErr: true, wantKind: KindContextLength, wantAttempts: 1},
		{name: "context length 400",
			script:  []fakeopenai.Behaviour{fakeopenai.Status(400, `{"error":{"message":"the request exceeds the available context size","type":"invalid_request_error"}}`)},
			wantErr: true, wantKind: KindContextLength, wantAttempts: 1},
		{name: "400 not retried", script: []fakeopenai.Behaviour{fakeopenai.Status(400, "")},
			wantErr: true, wantKind: KindOther, wantAttempts: 1},
		{name: "403 not retried", script: []fakeopenai.Behaviour{fakeopenai.Status(403, "")},
			wantErr: true, wantKind: KindAuth, wantAttempts: 1},
		{name: "404 not retried", script: []fakeopenai.Behaviour{fakeopenai.Status(404, "")},
			wantErr: true, wantKind: KindNotFound, wantAttempts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t)
			s.Enqueue(tt.script...)
			c := newTestClient(t, s.URL(), func(c *Config) { c.ThinkHold = tt.hold })
			got, deltas := collect()
			comp, err := c.Stream(context.Background(), userMsg("What happened?"), deltas)

			if tt.wantErr {
				if err == nil {
					t.Fatalf("got no error, want %s", tt.wantKind)
				}
				if k := Classify(err); k != tt.wantKind {
					t.Errorf("got kind %s (%v), want %s", k, err, tt.wantKind)
				}
			} else if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if comp.Text != tt.wantText {
				t.Errorf("got text %q, want %q", comp.Text, tt.wantText)
			}
			if got.String() != comp.Text {
				t.Errorf("got deltas %q, want them to add up to the text %q", got.String(), comp.Text)
			}
			if comp.FinishReason != tt.wantFinish {
				t.Errorf("got finish reason %q, want %q", comp.FinishReason, tt.wantFinish)
			}
			if n := len(s.ChatRequests()); n != tt.wantAttempts {
				t.Errorf("got %d attempts, want %d", n, tt.wantAttempts)
			}
			if !slices.Equal(c.slept(), tt.wantDelays) {
				t.Errorf("got delays %v, want %v", c.slept(), tt.wantDelays)
			}
			if !tt.wantErr && comp.Model != fakeopenai.DefaultChatModel {
				t.Errorf("got model %q, want %q", comp.Model, fakeopenai.DefaultChatModel)
			}
		})
	}
}

func TestStreamTimeouts(t *testing.T) {
	const long = 10 * time.Second // the fake's stall; the test never waits for it
	tests := []struct {
		name         string
		script       fakeopenai.Behaviour
		edit         func(*Config)
		wantWhich    string
		wantText     string
		wantAttempts int
	}{
		{"idle", fakeopenai.Stall(long), func(c *Config) { c.IdleTimeout = 50 * time.Millisecond; c.ThinkHold = 1 },
			"idle timeout", "Partial ", 1},
		{"first token after headers", fakeopenai.StallAfterHeaders(long),
			func(c *Config) { c.FirstTokenTimeout = 50 * time.Millisecond }, "first-token timeout", "", 1},
		{"first token before headers", fakeopenai.StallBeforeHeaders(long),
			func(c *Config) { c.FirstTokenTimeout = 50 * time.Millisecond }, "first-token timeout", "", 1},
		{"connection accepted, no headers: not retried", fakeopenai.StallBeforeHeaders(long),
			func(c *Config) { c.ConnectTimeout = 50 * time.Millisecond; c.MaxRetries = 2 }, "accepted the connection but sent no response headers", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t)
			s.Respond(func(fakeopenai.ChatRequest) fakeopenai.Behaviour { return tt.script })
			c := newTestClient(t, s.URL(), tt.edit)
			comp, err := c.Stream(context.Background(), userMsg("q"), nil)
			if k := Classify(err); k != KindTimeout {
				t.Fatalf("got kind %s (%v), want timed out", k, err)
			}
			if !strings.Contains(err.Error(), tt.wantWhich) {
				t.Errorf("got %q, want it to name the %s", err, tt.wantWhich)
			}
			if comp.Text != tt.wantText {
				t.Errorf("got partial text %q, want %q", comp.Text, tt.wantText)
			}
			if n := len(s.ChatRequests()); n != tt.wantAttempts {
				t.Errorf("got %d attempts, want %d", n, tt.wantAttempts)
			}
		})
	}
}

// TestStreamReasoningKeepsAlive checks that reasoning tokens, in either
// field servers use, count as the first token and reset the idle timer:
// reasoning that lasts longer than both timeouts, with short gaps, is not a
// timeout, and is never shown.
//
// The reasoning lasts at least 24 gaps of 100 ms, 2.4 s, whatever the
// load, so it always outlasts the 2 s timeouts; each gap would have to
// stretch twentyfold for the idle timer to fire.
func TestStreamReasoningKeepsAlive(t *testing.T) {
	const gap, timeout = 100 * time.Millisecond, 2 * time.Second
	reasoning := "abcdefghijklmnopqrstuvwx"
	if time.Duration(len(reasoning))*gap <= timeout {
		t.Fatal("the reasoning must outlast the timeouts")
	}
	for _, field := range []string{"reasoning_content", "reasoning"} {
		t.Run(field, func(t *testing.T) {
			t.Parallel()
			s := fakeopenai.New(t, fakeopenai.WithChunkSize(1), fakeopenai.WithChunkDelay(gap))
			s.Enqueue(fakeopenai.ReasoningField(field, reasoning, "Ok."))
			c := newTestClient(t, s.URL(), func(c *Config) {
				c.FirstTokenTimeout = timeout
				c.IdleTimeout = timeout
			})
			comp, err := c.Stream(context.Background(), userMsg("q"), nil)
			if err != nil || comp.Text != "Ok." {
				t.Fatalf("got %q, %v; want %q", comp.Text, err, "Ok.")
			}
		})
	}
}

func TestStreamCallerCancel(t *testing.T) {
	s := fakeopenai.New(t)
	s.Enqueue(fakeopenai.Stall(10 * time.Second))
	c := newTestClient(t, s.URL(), func(c *Config) { c.ThinkHold = 1 })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	comp, err := c.Stream(ctx, userMsg("q"), func(string) { cancel() })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if k := Classify(err); k != KindCanceled {
		t.Errorf("got kind %s, want canceled", k)
	}
	if comp.Text != "Partial " {
		t.Errorf("got partial text %q, want %q", comp.Text, "Partial ")
	}

	// Cancelled while waiting to retry.
	s.Enqueue(fakeopenai.Status(500, ""))
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	c.sleep = func(ctx context.Context, d time.Duration) error {
		cancel()
		return ctx.Err()
	}
	_, err = c.Stream(ctx, userMsg("q"), nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled during the backoff", err)
	}
	if n := len(s.ChatRequests()); n != 2 {
		t.Errorf("got %d requests in all, want 2", n)
	}
}
