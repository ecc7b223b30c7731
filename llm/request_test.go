package llm

import (
	"context"
	"strings"
	"testing"

	"articlebot/internal/fakeopenai"
)

func TestRequestBody(t *testing.T) {
	half := float32(0.5)
	tests := []struct {
		name            string
		model           string
		temperature     float32
		maxTokens       int
		wantTemperature *float32 // nil: absent
		wantMax         int
		wantMaxCompl    int
	}{
		{"zero temperature sent as tiny", "llama3.2", 0, 300, ptr(float32(nearZeroTemperature)), 300, 0},
		{"temperature kept", "llama3.2", half, 0, &half, 0, 0},
		{"reasoning model uses max_completion_tokens", "o3-mini", 0, 300, nil, 0, 300},
		{"gpt-5 drops temperature", "gpt-5-mini", half, 0, nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t, fakeopenai.WithAPIKey("sk-test"))
			c := newTestClient(t, s.URL(), func(c *Config) {
				c.APIKey, c.ChatModel, c.Temperature, c.MaxTokens = "sk-test", tt.model, tt.temperature, tt.maxTokens
			})
			msgs := []Message{{Role: RoleSystem, Content: "Cite sources."}, {Role: RoleUser, Content: "Who won?"}}
			if _, err := c.Stream(context.Background(), msgs, nil); err != nil {
				t.Fatal(err)
			}
			req := s.ChatRequests()[0]
			if req.Model != tt.model || !req.Stream || len(req.Messages) != 2 ||
				req.Messages[0].Role != "system" || req.Messages[1].Content != "Who won?" {
				t.Errorf("got request %+v, want model %s streaming the two messages", req, tt.model)
			}
			switch {
			case tt.wantTemperature == nil && req.Temperature != nil:
				t.Errorf("got temperature %v, want none", *req.Temperature)
			case tt.wantTemperature != nil && (req.Temperature == nil || float32(*req.Temperature) != *tt.wantTemperature):
				t.Errorf("got temperature %v, want %v", req.Temperature, *tt.wantTemperature)
			}
			if req.MaxTokens != tt.wantMax || req.MaxCompletionTokens != tt.wantMaxCompl {
				t.Errorf("got max_tokens %d, max_completion_tokens %d; want %d, %d",
					req.MaxTokens, req.MaxCompletionTokens, tt.wantMax, tt.wantMaxCompl)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestAuthAndNotFound(t *testing.T) {
	const key = "sk-wrong-0123456789"
	tests := []struct {
		name     string
		base     func(s *fakeopenai.Server) string
		wantKind Kind
		wantHint string
	}{
		{"wrong key", (*fakeopenai.Server).URL, KindAuth, "OPENAI_API_KEY"},
		{"no /v1", (*fakeopenai.Server).BaseURLNoV1, KindNotFound, "add /v1 to OPENAI_BASE_URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t, fakeopenai.WithAPIKey("sk-right"))
			if tt.wantKind == KindNotFound {
				s = fakeopenai.New(t)
			}
			c := newTestClient(t, tt.base(s), func(c *Config) { c.APIKey = key })
			_, err := c.Stream(context.Background(), userMsg("q"), nil)
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("got %T %v, want *Error", err, err)
			}
			if e.Kind != tt.wantKind {
				t.Errorf("got kind %s, want %s", e.Kind, tt.wantKind)
			}
			if msg := e.UserMessage(); !strings.Contains(msg, tt.wantHint) || strings.Contains(msg, key) {
				t.Errorf("got user message %q, want it to mention %q and not the key", msg, tt.wantHint)
			}
			if strings.Contains(err.Error(), key) {
				t.Errorf("got error %q, want the key redacted", err)
			}
			if n := len(s.Requests()); n != 1 {
				t.Errorf("got %d requests, want 1 (no retry)", n)
			}
		})
	}
}

func TestComplete(t *testing.T) {
	s := fakeopenai.New(t)
	s.Enqueue(fakeopenai.Status(502, ""), fakeopenai.Reasoning("hidden", "<think>also hidden</think>\nRewritten question?"))
	c := newTestClient(t, s.URL(), nil)
	comp, err := c.Complete(context.Background(), userMsg("and him?"))
	if err != nil {
		t.Fatal(err)
	}
	if comp.Text != "Rewritten question?" || comp.FinishReason != "stop" || comp.Model != fakeopenai.DefaultChatModel {
		t.Errorf("got %+v, want the rewritten question, stop, %s", comp, fakeopenai.DefaultChatModel)
	}
	reqs := s.ChatRequests()
	if len(reqs) != 2 || reqs[1].Stream {
		t.Errorf("got %d requests (stream %v), want 2 unstreamed", len(reqs), reqs[len(reqs)-1].Stream)
	}
}

func TestModels(t *testing.T) {
	s := fakeopenai.New(t, fakeopenai.WithModels("a", "b:latest"))
	c := newTestClient(t, s.URL(), nil)
	got, err := c.Models(context.Background())
	if err != nil || strings.Join(got, ",") != "a,b:latest" {
		t.Errorf("got %v, %v; want [a b:latest]", got, err)
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{"ok", Config{BaseURL: "http://localhost:11434/v1"}, false},
		{"https", Config{BaseURL: "https://api.openai.com/v1"}, false},
		{"no scheme", Config{BaseURL: "localhost:11434/v1"}, true},
		{"ftp", Config{BaseURL: "ftp://host/v1"}, true},
		{"empty", Config{}, true},
		{"negative timeout", Config{BaseURL: "http://h/v1", IdleTimeout: -1}, true},
		{"negative retries", Config{BaseURL: "http://h/v1", MaxRetries: -1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			if (err != nil) != tt.wantErr {
				t.Errorf("got error %v, want error %v", err, tt.wantErr)
			}
		})
	}
	c, _ := New(Config{BaseURL: "http://user:pw@h/v1?x=1", NoRetry: true, MaxRetries: 5})
	if c.cfg.MaxRetries != 0 || c.BaseURL() != "http://h/v1" || c.cfg.IdleTimeout != DefaultIdleTimeout {
		t.Errorf("got retries %d, base %q, idle %s; want 0, http://h/v1, the default",
			c.cfg.MaxRetries, c.BaseURL(), c.cfg.IdleTimeout)
	}
}
