package llm

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// DefaultBreakerCooldown is how long a Client stops calling an endpoint
// that refused connections. Long enough that a chat session or a busy bot
// stops paying the retries on every question; short enough that a server
// started meanwhile is used again within the minute.
const DefaultBreakerCooldown = 30 * time.Second

// ErrCircuitOpen is the cause of the errors a Client returns, without
// making a request, while the endpoint is deemed unreachable.
var ErrCircuitOpen = errors.New("endpoint unreachable at the last attempt: not called again yet")

// breaker is a circuit breaker for one endpoint. When a call fails because
// nothing answers at the address (connection refused, unknown host, no
// answer to the connection), it opens for the cooldown: calls then fail at
// once with ErrCircuitOpen. The first call after the cooldown goes through;
// its failure opens the breaker again, its success closes it. Failures of
// any other kind (a 500, a timeout while a model loads) leave it closed:
// the server is there.
type breaker struct {
	cooldown time.Duration // 0 disables the breaker
	now      func() time.Time

	mu        sync.Mutex
	openUntil time.Time
}

// check returns an error when the breaker is open.
func (b *breaker) check(c *Client, op string) error {
	if b == nil || b.cooldown <= 0 {
		return nil
	}
	b.mu.Lock()
	until := b.openUntil
	b.mu.Unlock()
	if until.IsZero() || !b.now().Before(until) {
		return nil
	}
	return &Error{Kind: KindUnavailable, Op: op, Err: ErrCircuitOpen,
		Hint: fmt.Sprintf("nothing answered at %s; answering without it until %s, then trying again",
			c.base, until.Format("15:04:05"))}
}

// record notes the outcome of a call that was made.
func (b *breaker) record(err error) {
	if b == nil || b.cooldown <= 0 {
		return
	}
	var e *Error
	unreachable := errors.As(err, &e) && e.unreachable
	b.mu.Lock()
	defer b.mu.Unlock()
	if unreachable {
		b.openUntil = b.now().Add(b.cooldown)
	} else if err == nil || !errors.Is(err, ErrCircuitOpen) {
		b.openUntil = time.Time{}
	}
}
