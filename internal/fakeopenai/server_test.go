package fakeopenai_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"articlebot/internal/fakeopenai"
)

func post(t *testing.T, url, key, body string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// sseEvents reads the data lines of a stream until it ends.
func sseEvents(t *testing.T, r io.Reader) (events []string, err error) {
	t.Helper()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			events = append(events, data)
		}
	}
	return events, sc.Err()
}

type chunk struct {
	Model   string `json:"model"`
	Choices []struct {
		Delta struct {
			Role             string `json:"role"`
			Content          string `json:"content"`
			ReasoningContent string `json:"reasoning_content"`
		} `json:"delta"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
}

func TestChatStream(t *testing.T) {
	s := fakeopenai.New(t, fakeopenai.WithChunkSize(3))
	s.Enqueue(fakeopenai.Reasoning("hmm", "Hello, world."))
	resp := post(t, s.URL()+"/chat/completions", "",
		`{"model":"fake-chat","stream":true,"max_tokens":50,"messages":[{"role":"user","content":"hi"}]}`)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("got %d %q, want 200 text/event-stream", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	events, err := sseEvents(t, resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if got := events[len(events)-1]; got != "[DONE]" {
		t.Errorf("got last event %q, want [DONE]", got)
	}
	var content, reasoning, role, finish string
	usageChunks := 0
	for _, e := range events[:len(events)-1] {
		var c chunk
		if err := json.Unmarshal([]byte(e), &c); err != nil {
			t.Fatalf("event %q: %v", e, err)
		}
		if len(c.Choices) == 0 {
			usageChunks++
			continue
		}
		d := c.Choices[0]
		if d.Delta.Role != "" && role == "" {
			role = d.Delta.Role
		}
		if len(d.Delta.Content) > 3 {
			t.Errorf("got chunk %q, want at most 3 runes", d.Delta.Content)
		}
		content += d.Delta.Content
		reasoning += d.Delta.ReasoningContent
		if d.FinishReason != nil {
			finish = *d.FinishReason
		}
	}
	for _, c := range []struct{ name, got, want string }{
		{"role", role, "assistant"}, {"content", content, "Hello, world."},
		{"reasoning", reasoning, "hmm"}, {"finish reason", finish, "stop"},
	} {
		if c.got != c.want {
			t.Errorf("got %s %q, want %q", c.name, c.got, c.want)
		}
	}
	if usageChunks != 1 {
		t.Errorf("got %d usage chunks, want 1", usageChunks)
	}
	reqs := s.ChatRequests()
	if len(reqs) != 1 || !reqs[0].Stream || reqs[0].MaxTokens != 50 || reqs[0].Temperature != nil || reqs[0].LastUser() != "hi" {
		t.Errorf("got recorded %+v, want one streamed request, max_tokens 50, no temperature, user hi", reqs)
	}
}

func TestChatJSONAndResponder(t *testing.T) {
	s := fakeopenai.New(t)
	s.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		return fakeopenai.Answer("echo: " + req.LastUser())
	})
	resp := post(t, s.URL()+"/chat/completions", "",
		`{"model":"m","temperature":0.5,"messages":[{"role":"user","content":[{"type":"text","text":"parts"}]}]}`)
	var body struct {
		Model   string `json:"model"`
		Choices []struct {
			Message      struct{ Content string } `json:"message"`
			FinishReason string                   `json:"finish_reason"`
		} `json:"choices"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if body.Model != "m" || len(body.Choices) != 1 || body.Choices[0].Message.Content != "echo: parts" || body.Choices[0].FinishReason != "stop" {
		t.Errorf("got %+v, want model m answering %q with stop", body, "echo: parts")
	}
	if got := s.ChatRequests()[0].Temperature; got == nil || *got != 0.5 {
		t.Errorf("got temperature %v, want 0.5", got)
	}
}

func TestErrorsAndRouting(t *testing.T) {
	s := fakeopenai.New(t, fakeopenai.WithAPIKey("sk-secret"))
	chat := `{"model":"m","messages":[{"role":"user","content":"x"}]}`
	s.Enqueue(fakeopenai.Status(429, "").RetryAfter("2"), fakeopenai.OllamaError(503, "busy"))
	tests := []struct {
		name, url, key string
		wantStatus     int
		wantBody       string
		wantHeader     string
	}{
		{"no key", s.URL() + "/chat/completions", "", 401, `"invalid_api_key"`, ""},
		{"queued 429", s.URL() + "/chat/completions", "sk-secret", 429, `"error":{`, "2"},
		{"ollama busy", s.URL() + "/chat/completions", "sk-secret", 503, `{"error":"busy"}`, ""},
		{"no v1", s.BaseURLNoV1() + "/chat/completions", "sk-secret", 404, "not found", ""},
		{"token arrays", s.URL() + "/embeddings", "sk-secret", 400, "invalid input", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := chat
			if strings.HasSuffix(tt.url, "/embeddings") {
				body = `{"model":"e","input":[[1,2,3]]}`
			}
			resp := post(t, tt.url, tt.key, body)
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.wantStatus || !strings.Contains(string(b), tt.wantBody) {
				t.Errorf("got %d %s, want %d containing %s", resp.StatusCode, b, tt.wantStatus, tt.wantBody)
			}
			if got := resp.Header.Get("Retry-After"); got != tt.wantHeader {
				t.Errorf("got Retry-After %q, want %q", got, tt.wantHeader)
			}
		})
	}
	if got, want := len(s.Requests()), len(tests); got != want {
		t.Errorf("got %d recorded requests, want %d", got, want)
	}
	if got := s.Queued(); got != 0 {
		t.Errorf("got %d queued behaviours left, want 0", got)
	}
}

func TestEmbeddings(t *testing.T) {
	s := fakeopenai.New(t, fakeopenai.WithDimension(4))
	resp := post(t, s.URL()+"/embeddings", "", `{"model":"fake-embed","input":["a b","c","d","e"]}`)
	var body struct {
		Data []struct {
			Index     int       `json:"index"`
			Embedding []float32 `json:"embedding"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	var order []int
	for _, d := range body.Data {
		order = append(order, d.Index)
		if d.Index == 0 && !slices.Equal(d.Embedding, s.Vector("a b")) {
			t.Errorf("got vector %v for index 0, want %v", d.Embedding, s.Vector("a b"))
		}
	}
	if slices.IsSorted(order) {
		t.Errorf("got indexes %v, want a shuffled order", order)
	}
	post(t, s.URL()+"/embeddings", "", `{"model":"fake-embed","input":"one string"}`)
	if s.EmbedRequests() != 2 || s.EmbedInputs() != 5 {
		t.Errorf("got %d requests and %d inputs, want 2 and 5", s.EmbedRequests(), s.EmbedInputs())
	}
}

func TestCutMidDropsConnection(t *testing.T) {
	s := fakeopenai.New(t)
	s.Enqueue(fakeopenai.CutMid("a long enough answer"))
	resp := post(t, s.URL()+"/chat/completions", "", `{"model":"m","stream":true,"messages":[{"role":"user","content":"x"}]}`)
	events, err := sseEvents(t, resp.Body)
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("got error %v, want unexpected EOF", err)
	}
	if len(events) == 0 || slices.Contains(events, "[DONE]") {
		t.Errorf("got events %q, want some and no [DONE]", events)
	}
}

func TestSummarizing(t *testing.T) {
	s := fakeopenai.New(t)
	s.Respond(fakeopenai.Summarizing)
	ask := func(prompt string) string {
		body, _ := json.Marshal(map[string]any{"model": fakeopenai.DefaultChatModel,
			"messages": []map[string]string{{"role": "user", "content": prompt}}})
		resp := post(t, s.URL()+"/chat/completions", "", string(body))
		var out struct {
			Choices []struct {
				Message struct{ Content string } `json:"message"`
			} `json:"choices"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Choices) != 1 {
			t.Fatalf("decode: %v (%d choices)", err, len(out.Choices))
		}
		return out.Choices[0].Message.Content
	}
	summary := "Sources (passages of the article, in article order; the first opens the article):\n" +
		"<source n=\"1\" paragraph=\"1\">\nThe council voted on Monday. It met late.\n</source>\n" +
		"<source n=\"2\" paragraph=\"4\">\nThe wall will cost $4 million.\n</source>\n" +
		"<source n=\"3\" paragraph=\"9\">\nResidents were divided.\n</source>\n<question>\ntl;dr\n</question>"
	if got, want := ask(summary), "The council voted on Monday. [1] The wall will cost $4 million. [2]"; got != want {
		t.Errorf("summary: got %q, want %q", got, want)
	}
	plain := "<source n=\"1\" paragraph=\"1\">\nThe council voted on Monday.\n</source>\n<question>\nWhen did the council vote?\n</question>"
	if got, want := ask(plain), "According to the article, The council voted on Monday. [1]"; got != want {
		t.Errorf("a plain question: got %q, want Grounded's %q", got, want)
	}
}
