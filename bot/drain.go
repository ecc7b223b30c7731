package bot

import (
	"errors"
	"time"
)

// A bot stops in two steps, so that shards can take them together: drain
// (no new questions; running answers finish or are cut off), then close
// (the gateway). Handlers count themselves in and out for drain to wait on.

// shutdown drains: no new questions, a grace period for running answers,
// then the rest are cancelled (their askers are told) and the gateway closed.
func (b *Bot) shutdown() {
	b.drain()
	b.close()
}

// drain stops taking questions, gives running answers the grace period,
// then cuts off the rest, whose askers are told.
func (b *Bot) drain() {
	b.draining.Store(true)
	n := b.running.len()
	b.log.Info("shutting down: taking no new questions", "running", n, "grace", b.cfg.ShutdownGrace)
	if !b.waitIdle(b.cfg.ShutdownGrace) {
		cut := b.running.cancelAll(errShutdown)
		b.log.Warn("grace period over: cutting off running answers", "answers", cut)
		if !b.waitIdle(10 * time.Second) {
			b.log.Error("handlers still running after shutdown; closing anyway")
		}
	}
}

// close closes the gateway and removes the bot's event handlers.
func (b *Bot) close() {
	if err := b.ses.Close(); err != nil {
		b.log.Warn("closing the gateway", "err", err)
	}
	for _, remove := range b.removers {
		remove()
	}
	b.removers = nil
}

// enter counts a handler in; leave counts it out.
func (b *Bot) enter() {
	b.mu.Lock()
	b.active++
	b.mu.Unlock()
}

func (b *Bot) leave() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.active--
	if b.active == 0 && b.idle != nil {
		close(b.idle)
		b.idle = nil
	}
}

// waitIdle waits up to d for every handler to return.
func (b *Bot) waitIdle(d time.Duration) bool {
	b.mu.Lock()
	if b.active == 0 {
		b.mu.Unlock()
		return true
	}
	if b.idle == nil {
		b.idle = make(chan struct{})
	}
	idle := b.idle
	b.mu.Unlock()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-idle:
		return true
	case <-t.C:
		return false
	}
}

// errShutdown cancels answers still running when the grace period ends.
var errShutdown = errors.New("the bot is shutting down")
