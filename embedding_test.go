package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"articlebot/internal/fakeopenai"
)

// swappable is one endpoint URL whose server can be swapped, as when the
// model behind a name is changed on the server. failBatches makes every
// embeddings request of more than one text fail.
type swappable struct {
	backend     atomic.Pointer[fakeopenai.Server]
	failBatches atomic.Bool
	srv         *httptest.Server
}

func newSwappable(t *testing.T, first *fakeopenai.Server) *swappable {
	t.Helper()
	s := &swappable{}
	s.backend.Store(first)
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			Input []string `json:"input"`
		}
		if s.failBatches.Load() && strings.HasSuffix(r.URL.Path, "/embeddings") && json.Unmarshal(body, &req) == nil && len(req.Input) > 1 {
			http.Error(w, `{"error":{"message":"model crashed"}}`, http.StatusInternalServerError)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		target, _ := url.Parse(s.backend.Load().URL())
		target.Path = ""
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func TestEmbeddingModelSwappedOnTheServer(t *testing.T) {
	old := fakeopenai.New(t, fakeopenai.WithDimension(8))
	old.Respond(fakeopenai.Grounded)
	ep := newSwappable(t, old)
	vars := llmVars(t, old, true)
	vars["OPENAI_BASE_URL"] = ep.srv.URL + "/v1"
	vars["LLM_MAX_RETRIES"] = "0"
	ask := func(args ...string) (string, string) {
		t.Helper()
		out, errOut, code := cli(t, "", vars, append([]string{"ask"}, args...)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		return out, errOut
	}
	if _, errOut := ask("Where will the talks take place?"); strings.Contains(errOut, "note:") {
		t.Fatalf("first run: unexpected note %q", errOut)
	}

	swapped := fakeopenai.New(t, fakeopenai.WithDimension(16))
	swapped.Respond(fakeopenai.Grounded)
	ep.backend.Store(swapped)
	out, errOut := ask("Where will the talks take place?")
	if !strings.Contains(errOut, "16 dimensions where the cache held 8") || !strings.Contains(out, "Jeddah") {
		t.Errorf("after the swap: want an answer and one note about the rebuild\nstdout %s\nstderr %s", out, errOut)
	}
	if _, errOut := ask("What did Witkoff say?"); strings.Contains(errOut, "note:") {
		t.Errorf("the rebuild was announced again: %q", errOut)
	}

	// Swapped again, and this time the rebuild fails: the local embedder
	// answers, and --json says why.
	ep.backend.Store(old)
	ep.failBatches.Store(true)
	out, errOut, code := cli(t, "", vars, "ask", "--json", "Where will the talks take place?")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Answer            string
		EmbeddingFallback string `json:"embedding_fallback"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(res.EmbeddingFallback, "built-in local embedder") || !strings.Contains(res.Answer, "Jeddah") {
		t.Errorf("got answer %q, embedding fallback %q", res.Answer, res.EmbeddingFallback)
	}
	if !strings.Contains(errOut, "note: the endpoint's embeddings failed") {
		t.Errorf("stderr %q: want the note", errOut)
	}
}

// TestSilentEndpointFallsBackWithAReason runs `ask` against a server that
// accepts connections and never answers: one connection, an extractive
// answer, and the reason on stderr and in --json.
func TestSilentEndpointFallsBackWithAReason(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var conns atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			defer c.Close()
		}
	}()
	vars := map[string]string{
		"OPENAI_BASE_URL": "http://" + ln.Addr().String() + "/v1",
		"CHAT_MODEL":      "m",
		// Long enough that a loaded machine (the race detector, two
		// cores) has dialled before the timer runs; the count below is
		// about what happens after that.
		"LLM_CONNECT_TIMEOUT": "1s",
		"LLM_MAX_RETRIES":     "2",
	}
	out, errOut, code := cli(t, "", vars, "ask", "--json", "Where will the talks take place?")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Answer, Mode, Fallback string
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if res.Mode != "extractive" || res.Fallback != "timeout" {
		t.Errorf("mode %q, fallback %q; want extractive, timeout", res.Mode, res.Fallback)
	}
	if !strings.Contains(errOut, "accepted the connection but sent nothing") {
		t.Errorf("stderr %q: want the reason", errOut)
	}
	if n := conns.Load(); n != 1 {
		t.Errorf("%d connections, want 1: a server that accepts and stays silent is not retried", n)
	}
}
