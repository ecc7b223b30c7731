package fakeopenai

import (
	"bytes"
	"io"
	"net/http"
)

// Requests returns every request received, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// ChatRequests returns the decoded chat-completion requests, in order.
func (s *Server) ChatRequests() []ChatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ChatRequest(nil), s.chats...)
}

// EmbedRequests returns how many embeddings requests were received.
func (s *Server) EmbedRequests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.batches)
}

// EmbedInputs returns how many texts all embeddings requests carried.
func (s *Server) EmbedInputs() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, b := range s.batches {
		n += len(b)
	}
	return n
}

// Vector returns the embedding the server gives text, at its dimension.
func (s *Server) Vector(text string) []float32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return Vector(text, s.dim)
}

// EmbedBatches returns the inputs of each embeddings request, in order.
func (s *Server) EmbedBatches() [][]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]string(nil), s.batches...)
}

// record keeps a copy of every request and applies the latency.
func (s *Server) record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		s.mu.Lock()
		s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body})
		latency := s.latency
		s.mu.Unlock()
		if latency > 0 && !s.wait(r, latency) {
			return
		}
		next.ServeHTTP(w, r)
	})
}

// authorize answers 401 when a key is configured and not presented.
func (s *Server) authorize(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		key := s.key
		s.mu.Unlock()
		if key != "" && r.Header.Get("Authorization") != "Bearer "+key {
			writeJSON(w, http.StatusUnauthorized, errorBody(
				"Incorrect API key provided: "+r.Header.Get("Authorization")+".",
				"invalid_request_error", "invalid_api_key"))
			return
		}
		next.ServeHTTP(w, r)
	})
}
