package llm

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"articlebot/internal/fakeopenai"
)

// checkSummary renders checks as "name:ok", "name:warn", "name:FAIL" or
// "name:skip", comma-separated.
func checkSummary(checks []Check) string {
	var parts []string
	for _, c := range checks {
		state := [...]string{StatusOK: "ok", StatusWarn: "warn", StatusFail: "FAIL", StatusSkip: "skip"}[c.Status]
		parts = append(parts, c.Name+":"+state)
	}
	return strings.Join(parts, ",")
}

// jsonRoute answers body as JSON.
func jsonRoute(pattern, body string) fakeopenai.Option {
	return fakeopenai.WithRoute(pattern, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, body)
	})
}

// The servers as their identifying endpoints make them look.
var (
	asOllama   = jsonRoute("GET /api/version", `{"version":"0.5.7"}`)
	asLlamaCpp = jsonRoute("GET /props", `{"default_generation_settings":{"n_ctx":4096},"total_slots":1,"build_info":"b4500-abc"}`)
	asVLLM     = jsonRoute("GET /version", `{"version":"0.6.4"}`)
	asLMStudio = jsonRoute("GET /api/v0/models", `{"data":[{"id":"qwen2.5-7b-instruct","type":"llm","publisher":"qwen","state":"loaded"}]}`)
)

const htmlPage = `<!DOCTYPE html>
<html><head><style>body { color: red }</style><title>404 Not Found</title></head>
<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p>
<p>` + "lots of markup " + `</p></body></html>`

func TestDiagnose(t *testing.T) {
	fake := func(opts ...fakeopenai.Option) func(t *testing.T) *fakeopenai.Server {
		return func(t *testing.T) *fakeopenai.Server { return fakeopenai.New(t, opts...) }
	}
	tests := []struct {
		name     string
		server   func(t *testing.T) *fakeopenai.Server // nil: a dead URL
		noV1     bool
		edit     func(*Config)
		prepare  func(s *fakeopenai.Server)
		want     string
		wantHint string // in the first warning or failure's hint
		notHint  string // in no hint
		detail   string // in some check's detail
	}{
		{name: "healthy", server: fake(),
			want: "endpoint:ok,server:skip,chat model listed:ok,embedding model listed:ok,chat:ok,embeddings:ok",
			// An unrecognised server is never named.
			notHint: "ollama", detail: "lists 2 models"},
		{name: "minimal set-up: no embedding model", server: fake(), edit: func(c *Config) { c.EmbeddingModel = "" },
			want:   "endpoint:ok,server:skip,chat model listed:ok,embedding model listed:skip,chat:ok,embeddings:skip",
			detail: "built-in local embedder"},
		{name: "one model listed", server: fake(fakeopenai.WithModels(fakeopenai.DefaultChatModel)), edit: func(c *Config) { c.EmbeddingModel = "" },
			want: "endpoint:ok,server:skip,chat model listed:ok,embedding model listed:skip,chat:ok,embeddings:skip", detail: "lists 1 model"},
		{name: "working model missing from the list", server: fake(fakeopenai.WithModels("something-else")),
			want:     "endpoint:ok,server:skip,chat model listed:warn,embedding model listed:warn,chat:ok,embeddings:ok",
			wantHint: "set CHAT_MODEL to a listed model", notHint: "ollama"},
		{name: "no chat model lists the models", server: fake(fakeopenai.WithModels("llama3.2", "qwen2.5")), edit: func(c *Config) { c.ChatModel = "" },
			want:     "endpoint:ok,server:skip,chat model listed:FAIL,embedding model listed:warn,chat:skip,embeddings:ok",
			wantHint: "set CHAT_MODEL to one of the 2 listed models: llama3.2, qwen2.5"},
		{name: "ollama recognised", server: fake(asOllama), edit: func(c *Config) { c.EmbeddingModel = "nomic-embed-text" },
			want:     "endpoint:ok,server:ok,chat model listed:ok,embedding model listed:warn,chat:ok,embeddings:ok",
			wantHint: "ollama pull nomic-embed-text", detail: "Ollama 0.5.7"},
		{name: "llama.cpp without --embeddings", server: fake(asLlamaCpp),
			prepare:  func(s *fakeopenai.Server) { s.EnqueueEmbed(fakeopenai.Status(501, "")) },
			want:     "endpoint:ok,server:ok,chat model listed:ok,embedding model listed:ok,chat:ok,embeddings:FAIL",
			wantHint: "--embeddings", detail: "llama.cpp server b4500-abc"},
		{name: "unrecognised server without embeddings", server: fake(),
			prepare:  func(s *fakeopenai.Server) { s.EnqueueEmbed(fakeopenai.Status(501, "")) },
			want:     "endpoint:ok,server:skip,chat model listed:ok,embedding model listed:ok,chat:ok,embeddings:FAIL",
			wantHint: "unset EMBEDDING_MODEL", notHint: "llama"},
		{name: "vllm recognised", server: fake(asVLLM, fakeopenai.WithModels("other")),
			want:     "endpoint:ok,server:ok,chat model listed:warn,embedding model listed:warn,chat:ok,embeddings:ok",
			wantHint: "vllm serve", detail: "vLLM 0.6.4"},
		{name: "lm studio recognised", server: fake(asLMStudio, fakeopenai.WithModels("other")),
			want:     "endpoint:ok,server:ok,chat model listed:warn,embedding model listed:warn,chat:ok,embeddings:ok",
			wantHint: "LM Studio", detail: "LM Studio"},
		{name: "html error page", server: fake(),
			prepare: func(s *fakeopenai.Server) {
				s.EnqueueModels(fakeopenai.Handler(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html")
					w.WriteHeader(http.StatusBadGateway)
					fmt.Fprint(w, htmlPage)
				}))
			},
			want:   "endpoint:FAIL,server:skip,chat model listed:skip,embedding model listed:skip,chat:skip,embeddings:skip",
			detail: "endpoint unavailable (HTTP 502): 404 Not Found"},
		{name: "dead url",
			want:     "endpoint:FAIL,server:skip,chat model listed:skip,embedding model listed:skip,chat:skip,embeddings:skip",
			wantHint: "nothing is listening"},
		{name: "no /v1", server: fake(), noV1: true,
			want:     "endpoint:FAIL,server:skip,chat model listed:skip,embedding model listed:skip,chat:FAIL,embeddings:FAIL",
			wantHint: "add /v1 to OPENAI_BASE_URL: http://127.0.0.1"},
		{name: "wrong key", server: fake(fakeopenai.WithAPIKey("sk-right")), edit: func(c *Config) { c.APIKey = "sk-wrong" },
			want:     "endpoint:FAIL,server:skip,chat model listed:skip,embedding model listed:skip,chat:skip,embeddings:skip",
			wantHint: "OPENAI_API_KEY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base string
			switch {
			case tt.server == nil:
				base = deadURL(t)
			default:
				s := tt.server(t)
				base = s.URL()
				if tt.noV1 {
					base = s.BaseURLNoV1()
				}
				if tt.prepare != nil {
					tt.prepare(s)
				}
			}
			c := newTestClient(t, base, tt.edit)
			var started, done []string
			d := c.Diagnose(context.Background(), Progress{
				Start: func(step string) { started = append(started, step) },
				Done:  func(ch Check) { done = append(done, ch.Name) },
			})
			if got := checkSummary(d.Checks); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			if strings.Join(started, ",") != strings.Join(done, ",") || len(done) != len(d.Checks) {
				t.Errorf("progress: started %v, done %v; want each of the %d steps reported as it runs", started, done, len(d.Checks))
			}
			var details []string
			hinted := false
			for _, ch := range d.Checks {
				details = append(details, ch.Detail)
				if ch.Status == StatusOK && ch.Detail == "" {
					t.Errorf("check %s: got no detail, want what was found", ch.Name)
				}
				if (ch.Status == StatusFail || ch.Status == StatusWarn) && !hinted {
					hinted = true
					if !strings.Contains(ch.Hint, tt.wantHint) {
						t.Errorf("check %s: got hint %q, want it to mention %q", ch.Name, ch.Hint, tt.wantHint)
					}
				}
				if tt.notHint != "" && strings.Contains(strings.ToLower(ch.Hint), strings.ToLower(tt.notHint)) {
					t.Errorf("check %s: hint %q names %q though the server was not recognised", ch.Name, ch.Hint, tt.notHint)
				}
				if strings.Contains(ch.Detail, "<") || strings.Count(ch.Detail+ch.Hint, "Not Found") > 1 {
					t.Errorf("check %s: got %q / %q, want an error page reduced to its title, once", ch.Name, ch.Detail, ch.Hint)
				}
			}
			if tt.detail != "" && !strings.Contains(strings.Join(details, "\n"), tt.detail) {
				t.Errorf("details %q lack %q", details, tt.detail)
			}
			if failed := strings.Count(tt.want, "FAIL"); d.Failed() != failed {
				t.Errorf("Failed: got %d, want %d", d.Failed(), failed)
			}
			if n := len(c.slept()); n != 0 {
				t.Errorf("got %d backoff sleeps, want none: Diagnose does not retry", n)
			}
		})
	}
}

func TestBodySummary(t *testing.T) {
	tests := []struct{ body, want string }{
		{htmlPage, "404 Not Found"},
		{"<html><body>\n\n<h1>Bad   Gateway</h1><p>nginx</p></body></html>", "Bad Gateway"},
		{`{"error":"model \"x\" not found, try pulling it first"}`, `model "x" not found, try pulling it first`},
		{`{"error":{"message":"Invalid API key","type":"auth"}}`, "Invalid API key"},
		{`{"detail":"Not Found"}`, "Not Found"},
		{"upstream connect error\nreset reason: overflow", "upstream connect error"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := bodySummary([]byte(tt.body)); got != tt.want {
			t.Errorf("bodySummary(%.30q): got %q, want %q", tt.body, got, tt.want)
		}
	}
}
