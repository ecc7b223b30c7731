package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// editor streams an answer into a message: it edits at most once per
// interval, measured from the end of the previous edit, and sends only the
// latest text, so a fast model costs no more requests than a slow one. A
// rate limit skips the edit and pushes the next one back; the text is never
// queued. Its goroutine runs from newEditor until stop.
type editor struct {
	sf       surface
	interval time.Duration
	buttons  []discordgo.MessageComponent
	log      *slog.Logger

	mu       sync.Mutex
	raw      strings.Builder
	status   string
	version  int // bumped by every change
	sent     int // the version last shown
	lastDone time.Time
	edits    int

	wake     chan struct{}
	quit     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
}

// newEditor starts an editor whose first edit comes no sooner than interval
// from now (just after the message was created or deferred).
func newEditor(sf surface, interval time.Duration, buttons []discordgo.MessageComponent, log *slog.Logger) *editor {
	e := &editor{
		sf: sf, interval: interval, buttons: buttons, log: log,
		lastDone: time.Now(),
		wake:     make(chan struct{}, 1),
		quit:     make(chan struct{}),
		done:     make(chan struct{}),
	}
	go e.run()
	return e
}

// append adds streamed model text.
func (e *editor) append(s string) {
	e.mu.Lock()
	e.raw.WriteString(s)
	e.version++
	e.mu.Unlock()
	e.poke()
}

// setStatus shows a line such as a queue position until text streams.
func (e *editor) setStatus(s string) {
	e.mu.Lock()
	e.status = s
	e.version++
	e.mu.Unlock()
	e.poke()
}

func (e *editor) poke() {
	select {
	case e.wake <- struct{}{}:
	default:
	}
}

// stop ends the streaming edits, waiting for one in flight. It is
// idempotent.
func (e *editor) stop() {
	e.stopOnce.Do(func() { close(e.quit) })
	<-e.done
}

// run edits while there is news, one edit per turn.
func (e *editor) run() {
	defer close(e.done)
	var expiry <-chan time.Time
	if d := e.sf.deadline(); !d.IsZero() {
		t := time.NewTimer(time.Until(d))
		defer t.Stop()
		expiry = t.C
	}
	for {
		force := false
		select {
		case <-e.quit:
			return
		case <-e.wake:
		case <-expiry:
			expiry, force = nil, true // let the surface notice the expiry now
		}
		if !e.waitTurn(e.quit) {
			return
		}
		if !e.push(force) {
			return
		}
	}
}

// waitTurn sleeps until an edit is allowed; false if quit closed first.
func (e *editor) waitTurn(quit <-chan struct{}) bool {
	for {
		e.mu.Lock()
		wait := time.Until(e.lastDone.Add(e.interval))
		e.mu.Unlock()
		if wait <= 0 {
			return true
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-quit:
			t.Stop()
			return false
		}
	}
}

// push shows the latest text if it changed; false when the surface can no
// longer be edited.
func (e *editor) push(force bool) bool {
	e.mu.Lock()
	content, version := renderStreaming(e.raw.String(), e.status), e.version
	changed := version != e.sent
	e.mu.Unlock()
	if !changed && !force {
		return true
	}
	// Not tied to the answer's context: an edit in flight when the answer
	// stops must finish, or the next edit could come too soon after it.
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	err := e.sf.show(ctx, newMessage(content).withButtons(e.buttons))
	cancel()
	e.mu.Lock()
	defer e.mu.Unlock()
	e.lastDone = time.Now()
	switch wait, limited := retryAfter(err); {
	case err == nil:
		e.sent = version
		e.edits++
	case errors.Is(err, errExpired):
		return false
	case limited:
		e.lastDone = e.lastDone.Add(max(0, wait-e.interval))
		e.poke() // skip this edit; the next turn sends the latest text
	default:
		e.log.Debug("streaming edit failed; the next one will carry the text", "err", err)
	}
	return true
}

// final stops streaming and shows content as the message's last edit,
// without buttons, still respecting the interval, and waiting out rate
// limits. It fails with errExpired when the message can no longer be
// edited.
func (e *editor) final(ctx context.Context, content string) error {
	e.stop()
	for attempt := 1; ; attempt++ {
		if !e.waitTurn(ctx.Done()) {
			return context.Cause(ctx)
		}
		err := e.sf.show(ctx, newMessage(content).withButtons(nil))
		e.mu.Lock()
		e.lastDone = time.Now()
		wait, limited := retryAfter(err)
		if limited {
			e.lastDone = e.lastDone.Add(max(0, wait-e.interval))
		}
		if err == nil {
			e.edits++
		}
		e.mu.Unlock()
		if !limited || attempt >= 6 {
			return err
		}
	}
}

// editCount returns how many edits succeeded.
func (e *editor) editCount() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.edits
}
