package bot

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"articlebot/internal/fakediscord"
	"articlebot/internal/fakeopenai"
)

// askMany has n different users ask at once and returns their interaction
// ids and tokens.
func askMany(h *harness, n int, q string) (ids, tokens []string) {
	ids, tokens = make([]string, n), make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ids[i], tokens[i] = h.ask(q, fakediscord.Origin{UserID: fmt.Sprintf("14100000000000%05d", i), Username: fmt.Sprint("user", i)})
		}()
	}
	wg.Wait()
	return ids, tokens
}

// deferLatencies returns the time from each dispatch to its callback,
// sorted.
func deferLatencies(t *testing.T, h *harness, ids []string) []time.Duration {
	t.Helper()
	var out []time.Duration
	for _, id := range ids {
		cb, ok := h.dc.Callback(id)
		sent, _ := h.dc.DispatchedAt(id)
		if !ok || cb.Status != 204 {
			t.Errorf("interaction %s: callback %v, want a 204 deferral", id, cb)
			continue
		}
		out = append(out, cb.Time.Sub(sent))
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p))]
}

// TestTwentyUsersAtOnce holds the model's first answers until every one of
// 20 questions has been acknowledged: none waits on another to be deferred,
// four reach the model, the rest are told they are queued, and all are
// answered.
func TestTwentyUsersAtOnce(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t, fakeopenai.WithChunkDelay(10*time.Millisecond))
	release := make(chan struct{})
	var once sync.Once
	open := func() { once.Do(func() { close(release) }) }
	t.Cleanup(open) // before oa's cleanup, which waits for its handlers
	oa.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		<-release
		return citingWhole(req)
	})
	h := start(t, withModel(t, oa), Config{EditInterval: 100 * time.Millisecond, Concurrency: 4})

	ids, tokens := askMany(h, 20, "What did Putin agree to?")
	h.waitUntil(func() bool {
		for _, id := range ids {
			if cb, ok := h.dc.Callback(id); !ok || cb.Status == 0 {
				return false
			}
		}
		return true
	}, "all 20 deferrals while the model is busy")
	deferLatencies(t, h, ids) // fails for any callback Discord refused
	queued := func() int {
		n := 0
		for _, tok := range tokens {
			if m, ok := h.dc.Original(tok); ok && strings.Contains(m.Content, "in the queue") {
				n++
			}
		}
		return n
	}
	h.waitUntil(func() bool { return queued() == 16 }, "16 askers told they are queued")
	// The four with a slot may still be on their way to the model: wait
	// for them; with the model held and 16 queued, no fifth may come.
	h.waitUntil(func() bool { return len(oa.ChatRequests()) >= 4 }, "four questions at the model")
	if n := len(oa.ChatRequests()); n != 4 {
		t.Errorf("%d questions reached the model at once, want the 4 it is capped at", n)
	}
	open()
	for i, tok := range tokens {
		if final := h.final(tok); !strings.Contains(final.Content, "¶") {
			t.Errorf("user %d: %q, want a cited answer", i, final.Content)
		}
	}
	assertNoPings(t, h.dc.Requests())
}

func TestPerUserRateLimit(t *testing.T) {
	t.Parallel()
	oa := fakeopenai.New(t)
	// The slow answer is held until the checks that need it running are
	// done (an 800 ms delay could end first on a loaded machine).
	release := make(chan struct{})
	var once sync.Once
	open := func() { once.Do(func() { close(release) }) }
	t.Cleanup(open) // before oa's cleanup, which waits for its handlers
	oa.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		if strings.Contains(req.LastUser(), "slow question") {
			<-release
		}
		return citing(req)
	})
	h := start(t, withModel(t, oa), Config{EditInterval: 20 * time.Millisecond, PerMinute: 3})
	alice := fakediscord.Origin{UserID: "1400000000000000051"}

	// One at a time: a second question while the first runs is refused.
	_, slow := h.ask("slow question about Putin", alice)
	h.waitUntil(func() bool { _, ok := h.dc.Original(slow); return ok }, "the first deferral")
	id, _ := h.ask("Where will the talks take place?", alice)
	if _, data := h.callbackReply(id); !strings.Contains(fmt.Sprint(data["content"]), "still answering your previous question") {
		t.Errorf("second concurrent question: %v, want a one-at-a-time refusal", data["content"])
	}
	// Someone else is not affected.
	_, bob := h.ask("Where will the talks take place?", fakediscord.Origin{UserID: "1400000000000000052"})
	h.final(bob)
	open()
	h.final(slow)

	// Three a minute: the fourth is refused with a wait.
	for i := range 2 {
		_, tok := h.ask("Where will the talks take place?", alice)
		if final := h.final(tok); !strings.Contains(final.Content, "¶") {
			t.Fatalf("question %d: %q, want an answer", i+2, final.Content)
		}
	}
	id, _ = h.ask("Where will the talks take place?", alice)
	typ, data := h.callbackReply(id)
	flags, _ := data["flags"].(float64)
	if content := fmt.Sprint(data["content"]); typ != 4 || int(flags)&64 == 0 || !strings.Contains(content, "3 questions in the last minute") {
		t.Errorf("fourth question: type %d flags %v %q, want an ephemeral rate-limit message", typ, flags, content)
	}
	// Mentions count against the same limit.
	h.dc.MessageCreate(fakediscord.MessageSpec{Origin: alice, Content: "And then?", MentionsBot: true})
	h.waitUntil(func() bool {
		for _, m := range h.dc.Messages(fakediscord.DefaultChannelID) {
			if !m.Webhook && strings.Contains(m.Content, "in the last minute") {
				return true
			}
		}
		return false
	}, "a rate-limit reply to the mention")
}
