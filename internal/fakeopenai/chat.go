package fakeopenai

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// created is the fixed timestamp of every response, for stable golden files.
const created = 1700000000

// ChatRequest is a decoded chat-completion request.
type ChatRequest struct {
	Model               string
	Messages            []Message
	Stream              bool
	MaxTokens           int      // max_tokens, 0 when absent
	MaxCompletionTokens int      // max_completion_tokens, 0 when absent
	Temperature         *float64 // nil when absent
	Body                []byte   // the raw JSON, for anything else
}

// Message is one message of a ChatRequest. Content given as an array of
// parts is joined.
type Message struct {
	Role    string
	Content string
}

// LastUser returns the content of the last user message, or "".
func (r ChatRequest) LastUser() string {
	for i := len(r.Messages) - 1; i >= 0; i-- {
		if r.Messages[i].Role == "user" {
			return r.Messages[i].Content
		}
	}
	return ""
}

func decodeChat(body []byte) (ChatRequest, error) {
	var wire struct {
		Model    string `json:"model"`
		Messages []struct {
			Role    string          `json:"role"`
			Content json.RawMessage `json:"content"`
		} `json:"messages"`
		Stream              bool     `json:"stream"`
		MaxTokens           int      `json:"max_tokens"`
		MaxCompletionTokens int      `json:"max_completion_tokens"`
		Temperature         *float64 `json:"temperature"`
	}
	if err := json.Unmarshal(body, &wire); err != nil {
		return ChatRequest{}, err
	}
	req := ChatRequest{Model: wire.Model, Stream: wire.Stream, MaxTokens: wire.MaxTokens,
		MaxCompletionTokens: wire.MaxCompletionTokens, Temperature: wire.Temperature, Body: body}
	for _, m := range wire.Messages {
		req.Messages = append(req.Messages, Message{Role: m.Role, Content: contentText(m.Content)})
	}
	return req, nil
}

// contentText reads a message content given as a string or as parts.
func contentText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var parts []struct {
		Text string `json:"text"`
	}
	_ = json.Unmarshal(raw, &parts)
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.Text)
	}
	return b.String()
}

func (s *Server) handleChat(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body) // record made the body re-readable
	req, err := decodeChat(body)
	if err != nil || req.Model == "" || len(req.Messages) == 0 {
		writeJSON(w, http.StatusBadRequest, errorBody(fmt.Sprintf("invalid chat request: %v", err), "invalid_request_error", nil))
		return
	}
	s.mu.Lock()
	s.chats = append(s.chats, req)
	s.served++
	id := fmt.Sprintf("chatcmpl-fake-%d", s.served)
	responder := s.responder
	s.mu.Unlock()

	b, ok := s.next(&s.chatQueue)
	if !ok {
		b = responder(req)
	}
	b.serve(&exchange{s: s, w: w, r: r, chat: &req, id: id})
}

// exchange is one request being answered.
type exchange struct {
	s       *Server
	w       http.ResponseWriter
	r       *http.Request
	chat    *ChatRequest // nil except on the chat route
	inputs  []string     // nil except on the embeddings route
	model   string       // the embeddings request's model
	id      string
	name    string // the behaviour's, for messages
	started bool
	sent    int // stream events written
}

// misuse answers 500 for a behaviour queued on a route it does not suit.
func (x *exchange) misuse() {
	if x.s.t != nil {
		x.s.t.Errorf("fakeopenai: behaviour %s does not apply to %s", x.name, x.r.URL.Path)
	}
	writeJSON(x.w, http.StatusInternalServerError, errorBody("fakeopenai: behaviour "+x.name+" misused", "server_error", nil))
}

// split cuts text into chunks of the server's chunk size, in runes.
func (x *exchange) split(text string) []string {
	x.s.mu.Lock()
	n := x.s.chunkSize
	x.s.mu.Unlock()
	var chunks []string
	r := []rune(text)
	for len(r) > 0 {
		k := min(n, len(r))
		chunks = append(chunks, string(r[:k]))
		r = r[k:]
	}
	return chunks
}

// answer streams or returns a complete answer, with reasoning in the named
// field.
func (x *exchange) answer(field, reasoning string, chunks []string, finish string) {
	if !x.chat.Stream {
		msg := map[string]any{"role": "assistant", "content": strings.Join(chunks, "")}
		if reasoning != "" {
			msg[field] = reasoning
		}
		writeJSON(x.w, http.StatusOK, map[string]any{
			"id": x.id, "object": "chat.completion", "created": created, "model": x.chat.Model,
			"choices": []map[string]any{{"index": 0, "message": msg, "finish_reason": finish}},
			"usage":   usage(x.chat),
		})
		return
	}
	x.start()
	for _, c := range x.split(reasoning) {
		x.delta(map[string]any{field: c}, nil)
	}
	for _, c := range chunks {
		x.content(c)
	}
	x.end(finish)
}

// start sends the SSE headers and the role chunk, once.
func (x *exchange) start() {
	if x.started {
		return
	}
	x.started = true
	x.w.Header().Set("Content-Type", "text/event-stream")
	x.w.Header().Set("Cache-Control", "no-cache")
	x.w.WriteHeader(http.StatusOK)
	x.delta(map[string]any{"role": "assistant", "content": ""}, nil)
}

func (x *exchange) content(s string) { x.delta(map[string]any{"content": s}, nil) }

// end sends the finish reason, the usage chunk if enabled, and [DONE].
func (x *exchange) end(finish string) {
	x.delta(map[string]any{}, &finish)
	x.s.mu.Lock()
	withUsage := x.s.usageChunk
	x.s.mu.Unlock()
	if withUsage {
		x.data(x.chunk([]map[string]any{}, usage(x.chat)))
	}
	x.raw("data: [DONE]\n\n")
}

func (x *exchange) delta(delta map[string]any, finish *string) {
	x.data(x.chunk([]map[string]any{{"index": 0, "delta": delta, "finish_reason": finish}}, nil))
}

func (x *exchange) chunk(choices []map[string]any, u any) map[string]any {
	c := map[string]any{"id": x.id, "object": "chat.completion.chunk", "created": created,
		"model": x.chat.Model, "choices": choices}
	if u != nil {
		c["usage"] = u
	}
	return c
}

// data sends v as one SSE event.
func (x *exchange) data(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	x.raw("data: " + string(b) + "\n\n")
}

// raw writes s to the stream and flushes it, after the chunk delay.
func (x *exchange) raw(s string) {
	x.s.mu.Lock()
	delay := x.s.chunkDelay
	x.s.mu.Unlock()
	if x.sent > 0 && delay > 0 {
		x.s.wait(x.r, delay)
	}
	x.sent++
	_, _ = x.w.Write([]byte(s))
	_ = http.NewResponseController(x.w).Flush()
}

// abort drops the connection without ending the response.
func (x *exchange) abort() {
	_ = http.NewResponseController(x.w).Flush()
	panic(http.ErrAbortHandler)
}

// usage counts words as tokens: good enough for a fake.
func usage(req *ChatRequest) map[string]int {
	n := 0
	for _, m := range req.Messages {
		n += len(strings.Fields(m.Content))
	}
	return map[string]int{"prompt_tokens": n, "completion_tokens": 1, "total_tokens": n + 1}
}

func errorBody(msg, typ string, code any) map[string]any {
	return map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": code}}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
