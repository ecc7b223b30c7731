// Package fakeopenai is an httptest server that speaks the OpenAI wire format
// (models, embeddings, chat completions plain and streamed as server-sent
// events), so that tests exercise a real HTTP client end to end without
// reaching the internet.
//
// Chat answers are scripted per request: Enqueue queues Behaviours that are
// used one per request, and Respond sets the responder used when the queue is
// empty (by default, Answer("This is a fake answer.")). Embeddings are
// deterministic bag-of-words hashes of the text (see Vector), returned in a
// shuffled order. Every request is recorded for assertions. A Server is safe
// for concurrent use.
//
//	s := fakeopenai.New(t, fakeopenai.WithAPIKey("sk-test"))
//	s.Enqueue(fakeopenai.Status(429, "").RetryAfter("1"), fakeopenai.Answer("Hello."))
//	client := newClient(s.URL(), "sk-test")
//	…
//	if got := len(s.ChatRequests()); got != 2 { t.Errorf("got %d chat requests, want 2", got) }
package fakeopenai

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// Defaults of a new Server.
const (
	DefaultChatModel  = "fake-chat"
	DefaultEmbedModel = "fake-embed"
	DefaultDimension  = 8
	DefaultChunkSize  = 4 // runes of content per streamed chunk
)

// Server is a fake OpenAI-compatible endpoint. Create it with New.
type Server struct {
	t    testing.TB // nil outside tests
	srv  *httptest.Server
	stop chan struct{} // closed by Close to release stalled handlers

	mu         sync.Mutex
	key        string
	models     []string
	dim        int
	shuffle    bool
	chunkSize  int
	usageChunk bool
	latency    time.Duration
	chunkDelay time.Duration
	chatQueue  []Behaviour
	embedQueue []Behaviour
	modelQueue []Behaviour
	responder  func(ChatRequest) Behaviour
	routes     map[string]http.Handler
	requests   []Request
	chats      []ChatRequest
	batches    [][]string
	served     int // chat requests, for response ids
}

// Request is one recorded HTTP request.
type Request struct {
	Method string
	Path   string
	Header http.Header
	Body   []byte
}

// Option configures a Server.
type Option func(*Server)

// WithAPIKey makes the server require "Authorization: Bearer key" and answer
// 401 with an OpenAI-style error otherwise.
func WithAPIKey(key string) Option { return func(s *Server) { s.key = key } }

// WithModels sets the model ids GET /v1/models lists.
func WithModels(ids ...string) Option { return func(s *Server) { s.models = ids } }

// WithDimension sets the length of embedding vectors.
func WithDimension(n int) Option { return func(s *Server) { s.dim = max(n, 1) } }

// WithShuffle sets whether embeddings come back in a shuffled order (the
// default) or in input order.
func WithShuffle(on bool) Option { return func(s *Server) { s.shuffle = on } }

// WithChunkSize sets how many runes of content each streamed chunk carries.
func WithChunkSize(n int) Option { return func(s *Server) { s.chunkSize = max(n, 1) } }

// WithUsageChunk sets whether finished streams end with a usage chunk whose
// choices are empty, as OpenAI sends with include_usage (on by default).
func WithUsageChunk(on bool) Option { return func(s *Server) { s.usageChunk = on } }

// WithRoute serves h at pattern (a net/http ServeMux pattern such as
// "GET /api/version") beside the OpenAI routes, e.g. to look like a
// particular server. Requests to it are recorded like the others.
func WithRoute(pattern string, h http.HandlerFunc) Option {
	return func(s *Server) {
		if s.routes == nil {
			s.routes = map[string]http.Handler{}
		}
		s.routes[pattern] = h
	}
}

// WithLatency delays every response by d (or until the request is cancelled).
func WithLatency(d time.Duration) Option { return func(s *Server) { s.latency = d } }

// WithChunkDelay waits d between streamed events (after the first), e.g. to
// measure time to first token or to exercise idle timeouts.
func WithChunkDelay(d time.Duration) Option { return func(s *Server) { s.chunkDelay = d } }

// New starts a Server that is closed when the test ends.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := Start(opts...)
	s.t = t
	t.Cleanup(s.Close)
	return s
}

// Start starts a Server outside a test, on the loopback interface, for
// programs that exercise the engine against scripted model behaviours
// (`articlebot eval --gate`). The caller must Close it. A behaviour used on
// a route it does not suit answers 500 without failing any test.
func Start(opts ...Option) *Server {
	s := &Server{
		stop:       make(chan struct{}),
		models:     []string{DefaultChatModel, DefaultEmbedModel},
		dim:        DefaultDimension,
		shuffle:    true,
		chunkSize:  DefaultChunkSize,
		usageChunk: true,
		responder:  func(ChatRequest) Behaviour { return Answer("This is a fake answer.") },
	}
	for _, o := range opts {
		o(s)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/models", s.handleModels)
	mux.HandleFunc("POST /v1/embeddings", s.handleEmbeddings)
	mux.HandleFunc("POST /v1/chat/completions", s.handleChat)
	for pattern, h := range s.routes {
		mux.Handle(pattern, h)
	}
	s.srv = httptest.NewServer(s.record(s.authorize(mux)))
	return s
}

// URL returns the base URL including /v1, as OPENAI_BASE_URL should be.
func (s *Server) URL() string { return s.srv.URL + "/v1" }

// BaseURLNoV1 returns the base URL without /v1: requests through it get 404.
func (s *Server) BaseURLNoV1() string { return s.srv.URL }

// Close stops the server, releasing stalled handlers. It is safe to call twice.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.stop:
	default:
		close(s.stop)
	}
	s.mu.Unlock()
	s.srv.Close()
}

func (s *Server) locked(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f()
}

// wait sleeps for d; it returns false if the request or the server ended first.
func (s *Server) wait(r *http.Request, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	case <-s.stop:
		return false
	}
}
