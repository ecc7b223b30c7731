package fakediscord

import (
	"context"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"time"
)

// reply is a route's answer; serveREST records its status before writing it,
// so a test never sees a response the recorder does not yet know.
type reply struct {
	status int
	header http.Header
	body   any // marshalled as JSON; nil for no body
}

func okJSON(body any) reply { return reply{status: http.StatusOK, body: body} }

func noContent() reply { return reply{status: http.StatusNoContent} }

// apiError is Discord's error body: {"message": ..., "code": ...}.
func apiError(status, code int, msg string) reply {
	return reply{status: status, body: map[string]any{"message": msg, "code": code}}
}

// formError is Discord's 400 Invalid Form Body for one field.
func formError(field, code, msg string) reply {
	return reply{status: http.StatusBadRequest, body: map[string]any{
		"message": "Invalid Form Body", "code": 50035,
		"errors": map[string]any{field: map[string]any{"_errors": []any{map[string]any{"code": code, "message": msg}}}},
	}}
}

// call carries a request's decoded body to its route, and the route's reply
// back.
type call struct {
	raw   []byte
	body  map[string]any
	files []string
	at    time.Time
	out   reply
}

type callKey struct{}

// route is a REST handler. It runs with s.mu unlocked and returns its reply.
type route func(r *http.Request, c *call) reply

// handle registers a route on the mux.
func (s *Server) handle(mux *http.ServeMux, pattern string, h route) {
	mux.HandleFunc(pattern, func(_ http.ResponseWriter, r *http.Request) {
		c := r.Context().Value(callKey{}).(*call)
		c.out = h(r, c)
	})
}

// serveREST records a request, applies latency and injected faults, runs the
// matching route, and writes its reply.
func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	at := time.Now()
	raw, files := readBody(r)
	_, pattern := s.mux.Handler(r)
	req := Request{
		Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Host: r.Header.Get(originalHostHeader),
		Header: r.Header.Clone(), RawBody: raw, Files: files, Route: pattern, Time: at,
	}
	var body map[string]any
	if len(raw) > 0 && raw[0] == '{' {
		_ = json.Unmarshal(raw, &body)
	}
	req.Body = body

	s.mu.Lock()
	idx := len(s.requests)
	s.requests = append(s.requests, req)
	delay := s.latencyFor(r.URL.Path)
	s.mu.Unlock()
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
		case <-s.closing:
		}
	}

	s.mu.Lock()
	f := s.takeFault(r.Method, r.URL.Path)
	s.mu.Unlock()
	var rp reply
	switch {
	case f != nil:
		rp = f.reply()
	case pattern == "":
		rp = apiError(http.StatusNotFound, 0, "404: Not Found")
	default:
		c := &call{raw: raw, body: body, files: files, at: at}
		s.mux.ServeHTTP(discard{}, r.WithContext(context.WithValue(r.Context(), callKey{}, c)))
		rp = c.out
		if rp.status == 0 { // the mux answered itself, for example a redirect
			rp = apiError(http.StatusNotFound, 0, "404: Not Found")
		}
	}

	s.mu.Lock()
	s.requests[idx].Status = rp.status
	s.requests[idx].Injected = f != nil
	s.mu.Unlock()
	writeReply(w, rp)
}

// discard is the ResponseWriter routes get: they return a reply instead of
// writing, so anything the mux itself would write is dropped.
type discard struct{}

func (discard) Header() http.Header         { return http.Header{} }
func (discard) Write(b []byte) (int, error) { return len(b), nil }
func (discard) WriteHeader(int)             {}

func writeReply(w http.ResponseWriter, rp reply) {
	for k, v := range rp.header {
		w.Header()[k] = v
	}
	if rp.body == nil {
		w.WriteHeader(rp.status)
		return
	}
	data, err := json.Marshal(rp.body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(rp.status)
	_, _ = w.Write(data)
}

// readBody returns the JSON body, taking payload_json from a multipart
// request, and the names of any files.
func readBody(r *http.Request) ([]byte, []string) {
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		raw, _ := io.ReadAll(r.Body)
		return raw, nil
	}
	var raw []byte
	var files []string
	mr := multipart.NewReader(r.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err != nil {
			return raw, files
		}
		if part.FormName() == "payload_json" {
			raw, _ = io.ReadAll(part)
		} else if part.FileName() != "" {
			files = append(files, part.FileName())
			_, _ = io.Copy(io.Discard, part)
		}
	}
}

// routes builds the REST routes.
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	const api = apiPrefix
	s.handle(mux, "GET "+api+"/gateway", s.getGateway)
	s.handle(mux, "GET "+api+"/gateway/bot", s.getGatewayBot)
	s.handle(mux, "GET "+api+"/users/@me", s.getMe)
	s.handle(mux, "PUT "+api+"/applications/{app}/commands", s.putCommands)
	s.handle(mux, "PUT "+api+"/applications/{app}/guilds/{guild}/commands", s.putCommands)
	s.handle(mux, "GET "+api+"/applications/{app}/commands", s.getCommands)
	s.handle(mux, "GET "+api+"/applications/{app}/guilds/{guild}/commands", s.getCommands)

	s.handle(mux, "POST "+api+"/interactions/{id}/{token}/callback", s.postCallback)
	s.handle(mux, "POST "+api+"/webhooks/{app}/{token}", s.postFollowup)
	s.handle(mux, "GET "+api+"/webhooks/{app}/{token}/messages/{msg}", s.getWebhookMessage)
	s.handle(mux, "PATCH "+api+"/webhooks/{app}/{token}/messages/{msg}", s.patchWebhookMessage)
	s.handle(mux, "DELETE "+api+"/webhooks/{app}/{token}/messages/{msg}", s.deleteWebhookMessage)

	s.handle(mux, "GET "+api+"/guilds/{gid}/members/{uid}", s.getMember)

	s.handle(mux, "GET "+api+"/channels/{cid}", s.getChannel)
	s.handle(mux, "POST "+api+"/channels/{cid}/typing", s.postTyping)
	s.handle(mux, "POST "+api+"/channels/{cid}/threads", s.postThread)
	s.handle(mux, "POST "+api+"/channels/{cid}/messages", s.postMessage)
	s.handle(mux, "GET "+api+"/channels/{cid}/messages", s.getMessages)
	s.handle(mux, "GET "+api+"/channels/{cid}/messages/{mid}", s.getMessage)
	s.handle(mux, "PATCH "+api+"/channels/{cid}/messages/{mid}", s.patchMessage)
	s.handle(mux, "DELETE "+api+"/channels/{cid}/messages/{mid}", s.deleteChannelMessage)
	s.handle(mux, "POST "+api+"/channels/{cid}/messages/{mid}/threads", s.postMessageThread)
	return mux
}
