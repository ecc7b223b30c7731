package llm

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxRetryAfter caps a server's Retry-After when BackoffMax is smaller: a
// server asking for a minute is better answered with an error than a hang.
const maxRetryAfter = 30 * time.Second

// withRetry runs attempt until it succeeds, fails with an error that another
// attempt cannot fix, or MaxRetries retries have been made.
//
// Retried: 408, 409, 429 and 5xx other than 501 and 505; connection refused
// or reset; temporary DNS failures; the connect timeout; an error object or a
// cut-off in a stream before anything was shown. Never retried: other 4xx
// (auth, not found, context length), malformed responses, the first-token and
// idle timeouts (the server is alive but slow: another attempt would wait as
// long again), and anything after Stream has passed text to onDelta. Each attempt gets
// its own context carrying a responseInfo, so the delay can honour the
// Retry-After of that attempt's response. Sleeping stops when ctx is done.
func (c *Client) withRetry(ctx context.Context, op string, attempt func(ctx context.Context) error) (err error) {
	if err := c.brk.check(c, op); err != nil {
		return err
	}
	defer func() { c.brk.record(err) }()
	for n := 0; ; n++ {
		info := &responseInfo{}
		err := attempt(withResponseInfo(ctx, info))
		if err == nil {
			return nil
		}
		var e *Error
		if !errors.As(err, &e) || !e.retry || n >= c.cfg.MaxRetries {
			return err
		}
		status, retryAfter := info.get()
		delay := c.backoff(n, status, retryAfter, time.Now())
		if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < delay {
			c.log.Debug("llm: not retrying: the deadline is nearer than the delay",
				"op", op, "attempt", n+1, "status", e.Status, "delay", delay)
			return err
		}
		c.log.Debug("llm: retrying", "op", op, "attempt", n+1, "status", e.Status,
			"kind", e.Kind.String(), "delay", delay, "err", e.Err)
		if c.cfg.OnRetry != nil {
			c.cfg.OnRetry(op, delay, e)
		}
		if c.sleep(ctx, delay) != nil {
			if ctx.Err() != nil {
				return callerError(ctx).withOp(op)
			}
			return err
		}
	}
}

// backoff returns the delay before retry n+1 (n counts from 0): the server's
// Retry-After when the status invites one, else BackoffBase doubled n times,
// capped at BackoffMax, with jitter.
func (c *Client) backoff(n, status int, retryAfter string, now time.Time) time.Duration {
	if retryAfter != "" && (status == http.StatusTooManyRequests || status == http.StatusRequestTimeout ||
		status == http.StatusConflict || status >= 500) {
		if d, ok := parseRetryAfter(retryAfter, now); ok {
			return min(d, max(c.cfg.BackoffMax, maxRetryAfter))
		}
	}
	d := c.cfg.BackoffBase
	for i := 0; i < n && d < c.cfg.BackoffMax; i++ {
		d *= 2
	}
	return c.jitter(min(d, c.cfg.BackoffMax))
}

// parseRetryAfter reads a Retry-After value: delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if secs, err := strconv.ParseFloat(v, 64); err == nil {
		if secs < 0 || secs > 1e6 {
			return 0, false
		}
		return time.Duration(secs * float64(time.Second)), true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// equalJitter returns a delay between d/2 and d, so that clients retrying
// together spread out while still backing off.
func equalJitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	half := d / 2
	return half + rand.N(d-half+1)
}

// sleepCtx waits for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (e *Error) withOp(op string) *Error {
	e.Op = op
	return e
}
