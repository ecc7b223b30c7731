package fakediscord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	// Path is the URL path as sent, such as /api/v9/channels/1/messages.
	Path  string
	Query url.Values
	// Host is the host the client addressed before the transport rewrote
	// it (discord.com for discordgo's endpoints).
	Host   string
	Header http.Header
	// RawBody is the JSON body; for multipart requests, the payload_json
	// part.
	RawBody []byte
	// Body is RawBody decoded when it is a JSON object, else nil.
	Body map[string]any
	// Files lists the file names of a multipart request.
	Files []string
	// Route is the route pattern that handled the request, such as
	// "PATCH /api/v9/webhooks/{app}/{token}/messages/{msg}"; empty when no
	// route matched and the fake answered 404.
	Route string
	// Status is the HTTP status the fake answered (0 until it has).
	Status int
	// Injected is true when FailNext produced the answer.
	Injected bool
	// Time is when the request arrived, before any injected latency.
	Time time.Time
}

// Decode unmarshals the JSON body into v, for example a
// discordgo.InteractionResponse.
func (r Request) Decode(v any) error {
	return json.Unmarshal(r.RawBody, v)
}

// String summarises the request for failure messages.
func (r Request) String() string {
	body := string(r.RawBody)
	if len(body) > 200 {
		body = body[:200] + "..."
	}
	return fmt.Sprintf("%s %s -> %d %s", r.Method, r.Path, r.Status, body)
}

func (r Request) clone() Request {
	r.Header = r.Header.Clone()
	return r
}

// Requests returns every REST request so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Request, len(s.requests))
	for i, r := range s.requests {
		out[i] = r.clone()
	}
	return out
}

// RequestsMatching returns the requests whose method matches method ("" or
// "*" for any) and whose path matches pattern (see MatchPath). A request
// still being answered is included with Status 0.
func (s *Server) RequestsMatching(method, pattern string) []Request {
	return filter(s.Requests(), method, pattern)
}

// Unhandled returns the requests no route matched, which the fake answered
// with 404. A test can assert it is empty to prove the bot used only the
// routes it expects.
func (s *Server) Unhandled() []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Route == "" && !r.Injected {
			out = append(out, r)
		}
	}
	return out
}

func filter(reqs []Request, method, pattern string) []Request {
	var out []Request
	for _, r := range reqs {
		if matchMethod(method, r.Method) && MatchPath(pattern, r.Path) {
			out = append(out, r)
		}
	}
	return out
}

// WaitFor polls the recorded requests until cond returns true and returns
// them, or fails the test after timeout, listing what did arrive. Call it
// from the test's goroutine: it uses t.Fatalf.
func (s *Server) WaitFor(t testing.TB, timeout time.Duration, cond func([]Request) bool) []Request {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		reqs := s.Requests()
		if cond(reqs) {
			return reqs
		}
		if time.Now().After(deadline) {
			t.Fatalf("fakediscord: condition not met within %v; requests:\n%s", timeout, summary(reqs))
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// WaitForRequest waits for the first request matching method and pattern
// that has been answered, and returns it; it fails the test after timeout.
func (s *Server) WaitForRequest(t testing.TB, timeout time.Duration, method, pattern string) Request {
	t.Helper()
	var got Request
	s.WaitFor(t, timeout, func(reqs []Request) bool {
		for _, r := range filter(reqs, method, pattern) {
			if r.Status != 0 {
				got = r
				return true
			}
		}
		return false
	})
	return got
}

func summary(reqs []Request) string {
	if len(reqs) == 0 {
		return "  (none)"
	}
	lines := make([]string, len(reqs))
	for i, r := range reqs {
		lines[i] = "  " + r.String()
	}
	return strings.Join(lines, "\n")
}

// DispatchedAt returns when the INTERACTION_CREATE with this id was
// dispatched, so a test can measure the time to the callback.
func (s *Server) DispatchedAt(interactionID string) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.interactions[interactionID]
	if in == nil {
		return time.Time{}, false
	}
	return in.dispatchedAt, true
}

// Callback returns the callback request (POST
// /interactions/{id}/{token}/callback) that acknowledged the interaction;
// if none succeeded, the latest attempt. It is false when there was none.
func (s *Server) Callback(interactionID string) (Request, bool) {
	prefix := "/api/v9/interactions/" + interactionID + "/"
	var last Request
	found := false
	for _, r := range s.Requests() {
		if r.Method != http.MethodPost || !strings.HasPrefix(r.Path, prefix) || !strings.HasSuffix(r.Path, "/callback") {
			continue
		}
		if r.Status >= 200 && r.Status < 300 {
			return r, true
		}
		last, found = r, true
	}
	return last, found
}
