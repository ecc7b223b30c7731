package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"articlebot/llm"
)

// Timing of the progress indicator: it appears only when a wait outlasts
// progressDelay, so quick answers never flicker, and then turns every
// progressTick.
const (
	progressDelay = 200 * time.Millisecond
	progressTick  = 100 * time.Millisecond
)

var spinnerFrames = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

// progress shows on standard error what the program is waiting for (the
// first token, a retry after a rate limit, the indexing of an article) while
// nothing else is visible. It draws only when standard error is a terminal;
// elsewhere every method does nothing. Safe for concurrent use.
type progress struct {
	w  io.Writer
	on bool

	mu   sync.Mutex
	msg  string
	stop chan struct{} // closed by Stop; nil when not running
	done chan struct{} // closed when the drawing goroutine has cleaned up
}

func newProgress(std stdio) *progress { return &progress{w: std.err, on: std.errTTY} }

// Start shows msg until Stop, or replaces the message of a running
// indicator.
func (p *progress) Start(msg string) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.msg = msg
	if p.stop != nil {
		return
	}
	p.stop, p.done = make(chan struct{}), make(chan struct{})
	go p.draw(p.stop, p.done) // exits at Stop
}

// Stop clears the indicator. It is safe to call when none is running.
func (p *progress) Stop() {
	p.mu.Lock()
	stop, done := p.stop, p.done
	p.stop = nil
	p.mu.Unlock()
	if stop == nil {
		return
	}
	close(stop)
	<-done
}

func (p *progress) draw(stop, done chan struct{}) {
	defer close(done)
	select {
	case <-stop:
		return
	case <-time.After(progressDelay):
	}
	tick := time.NewTicker(progressTick)
	defer tick.Stop()
	for i := 0; ; i++ {
		p.mu.Lock()
		msg := p.msg
		p.mu.Unlock()
		fmt.Fprintf(p.w, "\r\x1b[K%s %s", spinnerFrames[i%len(spinnerFrames)], msg)
		select {
		case <-stop:
			fmt.Fprint(p.w, "\r\x1b[K")
			return
		case <-tick.C:
		}
	}
}

// retrying says that a model request is retried after delay; it fits
// llm.Config.OnRetry.
func (p *progress) retrying(op string, delay time.Duration, err *llm.Error) {
	what := "the model endpoint failed"
	if err.Kind == llm.KindRateLimited {
		what = "rate limited"
	}
	p.Start(fmt.Sprintf("%s: retrying in %s…", what, delay.Round(100*time.Millisecond)))
}
