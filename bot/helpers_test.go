package bot

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
	"articlebot/llm"
)

var _ Engine = (*answer.Engine)(nil)

// wait bounds how long a test waits for something asynchronous: it only
// ends a hang, so it is generous enough for a loaded machine under -race.
const wait = 30 * time.Second

// testToken is the bot token of every test; no log may contain it.
const testToken = "Bot TEST-TOKEN-Zm9vYmFyYmF6cXV4LnNlY3JldA"

var (
	articleOnce sync.Once
	testArt     *article.Article
	offlineEng  *answer.Engine
	articleErr  error
)

// offline returns the extractive engine over the shipped article, built
// once.
func offline(t testing.TB) *answer.Engine {
	t.Helper()
	articleOnce.Do(func() {
		data, err := os.ReadFile("../article.txt")
		if err != nil {
			articleErr = err
			return
		}
		if testArt, articleErr = article.Parse("article.txt", data); articleErr != nil {
			return
		}
		offlineEng, articleErr = answer.New(context.Background(), testArt, answer.Options{Sources: 6, Logger: quietLog()})
	})
	if articleErr != nil {
		t.Fatal(articleErr)
	}
	return offlineEng
}

// withModel returns an llm-mode engine over the shipped article that talks
// to a fake OpenAI endpoint, with retries off. Its timeouts only bound a
// hang: a loaded machine never reaches them, and a test about a timeout
// sets a short one with tweak.
func withModel(t testing.TB, oa *fakeopenai.Server, tweak ...func(*llm.Config)) *answer.Engine {
	t.Helper()
	offline(t)
	cfg := llm.Config{
		BaseURL: oa.URL(), ChatModel: fakeopenai.DefaultChatModel, NoRetry: true,
		ConnectTimeout: wait, FirstTokenTimeout: wait, IdleTimeout: wait,
		RequestTimeout: wait, Logger: quietLog(),
		ThinkHold: 1, // stream from the first byte
	}
	for _, f := range tweak {
		f(&cfg)
	}
	client, err := llm.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := answer.New(context.Background(), testArt, answer.Options{Generator: client, Sources: 6, Logger: quietLog()})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// syncBuffer is a bytes.Buffer safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness is a bot running against a fake Discord.
type harness struct {
	t    *testing.T
	dc   *fakediscord.Server
	bot  *Bot
	logs *syncBuffer

	cancel context.CancelFunc
	done   chan error
	once   sync.Once
	err    error
}

// start runs a bot with eng and cfg on a fake Discord and waits until it is
// ready. Logs are captured at debug level and printed if the test fails.
func start(t *testing.T, eng Engine, cfg Config, opts ...fakediscord.Option) *harness {
	t.Helper()
	// A slow heartbeat: on a loaded machine (the race detector, parallel
	// tests) late acks would make discordgo drop the connection. For the
	// same reason Discord's 3 s deadline to acknowledge an interaction is
	// widened to wait: how soon the bot acknowledges is measured and
	// logged (TestFigures), not asserted, and that it acknowledges before
	// it does slow work is asserted by event order.
	base := []fakediscord.Option{fakediscord.WithHeartbeatInterval(2 * time.Second), fakediscord.WithInteractionDeadline(wait)}
	dc := fakediscord.New(t, append(base, opts...)...)
	return startOn(t, dc, eng, cfg)
}

// startOn runs a bot on an existing fake Discord, as a restarted process
// or a second one would.
func startOn(t *testing.T, dc *fakediscord.Server, eng Engine, cfg Config) *harness {
	t.Helper()
	h := &harness{t: t, dc: dc, logs: &syncBuffer{}, done: make(chan error, 1)}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h.bot = New(dc.Session(testToken), eng, cfg, log)
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- h.bot.Run(ctx) }()
	t.Cleanup(func() {
		h.stop()
		if t.Failed() {
			t.Logf("bot log:\n%s", h.logs.String())
		}
	})
	select {
	case <-h.bot.Ready():
	case err := <-h.done:
		t.Fatalf("Run returned before ready: %v", err)
	case <-time.After(wait):
		t.Fatal("bot not ready in time")
	}
	return h
}

// stop cancels Run and returns its error.
func (h *harness) stop() error {
	h.once.Do(func() {
		h.cancel()
		select {
		case h.err = <-h.done:
		case <-time.After(30 * time.Second):
			h.err = fmt.Errorf("Run did not return after cancel")
			h.t.Error(h.err)
		}
	})
	return h.err
}

// ask runs /ask question as the user in origin.
func (h *harness) ask(q string, o fakediscord.Origin) (id, token string) {
	return h.dc.SlashCommand(fakediscord.InteractionSpec{Origin: o, Name: "ask", Options: []fakediscord.Opt{fakediscord.StringOpt("question", q)}})
}

// final waits until the interaction's response has its last edit (the one
// that removes the Stop button) and returns it.
func (h *harness) final(token string) fakediscord.Message {
	h.t.Helper()
	var got fakediscord.Message
	h.waitUntil(func() bool {
		m, ok := h.dc.Original(token)
		if !ok {
			return false
		}
		got = m
		return isFinal(m)
	}, "the final edit of "+token)
	return got
}

// isFinal reports whether a message has had its last edit: components
// present and empty.
func isFinal(m fakediscord.Message) bool {
	c, ok := m.Fields["components"].([]any)
	return ok && len(c) == 0
}

// ephemeral waits for an ephemeral followup and returns its content.
func (h *harness) ephemeral(token string) string {
	h.t.Helper()
	var got string
	h.waitUntil(func() bool {
		for _, m := range h.dc.Followups(token) {
			if m.Ephemeral() {
				got = m.Content
				return true
			}
		}
		return false
	}, "an ephemeral followup")
	return got
}

// callbackReply waits for the interaction's callback and returns its type
// and data.
func (h *harness) callbackReply(id string) (int, map[string]any) {
	h.t.Helper()
	var req fakediscord.Request
	h.waitUntil(func() bool {
		r, ok := h.dc.Callback(id)
		req = r
		return ok && r.Status != 0
	}, "the callback of "+id)
	data, _ := req.Body["data"].(map[string]any)
	typ, _ := req.Body["type"].(float64)
	return int(typ), data
}

func (h *harness) waitUntil(cond func() bool, what string) {
	h.t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s; requests:\n%s", what, requestSummary(h.dc.Requests()))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func requestSummary(reqs []fakediscord.Request) string {
	var b strings.Builder
	for _, r := range reqs {
		fmt.Fprintf(&b, "  %s\n", r)
	}
	return b.String()
}

// messageRequests are the requests that send or edit a message: they must
// all allow no mentions.
func messageRequests(reqs []fakediscord.Request) []fakediscord.Request {
	var out []fakediscord.Request
	for _, r := range reqs {
		switch {
		case r.Method == http.MethodGet, r.Method == http.MethodDelete, r.Method == http.MethodPut:
		case strings.HasSuffix(r.Path, "/threads"):
		case strings.HasSuffix(r.Path, "/callback"):
			if typ, _ := r.Body["type"].(float64); typ == 4 || typ == 5 || typ == 7 {
				out = append(out, r)
			}
		default:
			out = append(out, r)
		}
	}
	return out
}

// assertNoPings fails for any message request that could ping.
func assertNoPings(t *testing.T, reqs []fakediscord.Request) {
	t.Helper()
	for _, r := range messageRequests(reqs) {
		if !fakediscord.AllowedMentionsNone(r) {
			t.Errorf("request allows mentions: %s", r)
		}
	}
}

// editGaps returns the shortest gap between successful edits of one
// message, by path, and how many edits each had.
func editGaps(reqs []fakediscord.Request) (shortest time.Duration, edits map[string]int) {
	last := map[string]time.Time{}
	edits = map[string]int{}
	shortest = time.Hour
	for _, r := range reqs {
		if r.Method != http.MethodPatch || r.Status < 200 || r.Status > 299 {
			continue
		}
		if t, ok := last[r.Path]; ok && r.Time.Sub(t) < shortest {
			shortest = r.Time.Sub(t)
		}
		last[r.Path] = r.Time
		edits[r.Path]++
	}
	return shortest, edits
}
