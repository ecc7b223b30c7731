package llm

import (
	"context"
	"strings"
	"testing"

	"articlebot/internal/fakeopenai"
)

// checkSummary renders checks as "name:ok" or "name:FAIL", comma-separated.
func checkSummary(checks []Check) string {
	var parts []string
	for _, c := range checks {
		state := "ok"
		if !c.OK {
			state = "FAIL"
		}
		parts = append(parts, c.Name+":"+state)
	}
	return strings.Join(parts, ",")
}

func TestDiagnose(t *testing.T) {
	tests := []struct {
		name     string
		base     func(t *testing.T) string
		edit     func(*Config)
		want     string
		wantHint string // in the first failed check's hint
	}{
		{"healthy", func(t *testing.T) string { return fakeopenai.New(t).URL() }, nil,
			"endpoint:ok,chat model listed:ok,embedding model listed:ok,chat:ok,embeddings:ok", ""},
		{"model missing", func(t *testing.T) string { return fakeopenai.New(t).URL() },
			func(c *Config) { c.EmbeddingModel = "nomic-embed-text" },
			"endpoint:ok,chat model listed:ok,embedding model listed:FAIL,chat:ok,embeddings:ok", "ollama pull nomic-embed-text"},
		{"dead url", deadURL, nil, "endpoint:FAIL", "nothing is listening"},
		{"no /v1", func(t *testing.T) string { return fakeopenai.New(t).BaseURLNoV1() }, nil,
			"endpoint:FAIL,chat:FAIL,embeddings:FAIL", "add /v1"},
		{"wrong key", func(t *testing.T) string { return fakeopenai.New(t, fakeopenai.WithAPIKey("sk-right")).URL() },
			func(c *Config) { c.APIKey = "sk-wrong" }, "endpoint:FAIL", "OPENAI_API_KEY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestClient(t, tt.base(t), tt.edit)
			checks := c.Diagnose(context.Background())
			if got := checkSummary(checks); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			for _, ch := range checks {
				if ch.OK && ch.Detail == "" {
					t.Errorf("check %s: got no detail, want what was found", ch.Name)
				}
				if !ch.OK {
					if !strings.Contains(ch.Hint, tt.wantHint) {
						t.Errorf("check %s: got hint %q, want it to mention %q", ch.Name, ch.Hint, tt.wantHint)
					}
					break
				}
			}
			if n := len(c.slept()); n != 0 {
				t.Errorf("got %d backoff sleeps, want none: Diagnose does not retry", n)
			}
		})
	}
}
