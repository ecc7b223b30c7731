package llm

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Kind says what went wrong with a call to the model endpoint, in terms a
// caller can act on.
type Kind int

// The kinds of failure. KindOther is the zero value.
const (
	KindOther         Kind = iota // anything not listed below, such as a 400 bad request
	KindAuth                      // 401 or 403: the API key was refused
	KindNotFound                  // 404: wrong base URL or unknown model
	KindRateLimited               // 429
	KindUnavailable               // 5xx, connection refused or reset, DNS failure
	KindTimeout                   // one of the Config timeouts, or the caller's deadline
	KindCutOff                    // the answer stopped before a finish reason arrived
	KindBadResponse               // the endpoint answered something malformed or inconsistent
	KindContextLength             // the prompt does not fit the model's context window
	KindCanceled                  // the caller cancelled the context
)

var kindNames = [...]string{
	KindOther:         "request failed",
	KindAuth:          "authentication failed",
	KindNotFound:      "not found",
	KindRateLimited:   "rate limited",
	KindUnavailable:   "endpoint unavailable",
	KindTimeout:       "timed out",
	KindCutOff:        "answer cut off",
	KindBadResponse:   "bad response",
	KindContextLength: "prompt too long for the context window",
	KindCanceled:      "canceled",
}

// String returns a short lower-case name for the kind.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Error is the only error type the package returns for failed calls. Err
// holds the technical cause (for logs); UserMessage gives the sentence to show
// a user. Errors caused by the caller's context unwrap to context.Canceled or
// context.DeadlineExceeded.
type Error struct {
	Kind   Kind
	Op     string // "stream", "complete", "embed" or "models"
	Status int    // the HTTP status, or 0 when there was none
	Err    error  // the cause; never contains the API key
	Hint   string // what to change, when something can be changed

	retry bool // whether another attempt may succeed
	// unreachable marks a failure to reach anything at the address, which
	// opens the circuit breaker.
	unreachable bool
}

// Error returns a lower-case description that includes the cause.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("llm")
	if e.Op != "" {
		b.WriteString(": " + e.Op)
	}
	b.WriteString(": " + e.Kind.String())
	if e.Status != 0 {
		fmt.Fprintf(&b, " (http %d)", e.Status)
	}
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// UserMessage returns one sentence a user of the CLI or the bot can act on.
// It is built from the kind, the status and the hint only, so it never
// contains the API key or a server's raw message.
func (e *Error) UserMessage() string {
	if e.Kind == KindAuth && e.Hint != "" { // the hint says it all
		return strings.ToUpper(e.Hint[:1]) + strings.TrimSuffix(e.Hint[1:], ".") + "."
	}
	var what string
	switch e.Kind {
	case KindAuth:
		what = "The model endpoint refused the API key"
	case KindNotFound:
		what = "The model endpoint answered 404 not found"
	case KindRateLimited:
		what = "The model endpoint is rate limiting requests"
	case KindUnavailable:
		what = "The model endpoint is unavailable"
	case KindTimeout:
		what = "The model took too long to respond"
	case KindCutOff:
		what = "The answer was cut off before the model finished"
	case KindBadResponse:
		what = "The model endpoint sent a response that is not valid OpenAI-compatible output"
	case KindContextLength:
		what = "The question and its sources are too long for the model's context window"
	case KindCanceled:
		what = "The request was cancelled"
	default:
		what = "The request to the model endpoint failed"
		if e.Status != 0 {
			what += fmt.Sprintf(" with HTTP status %d", e.Status)
		}
	}
	if e.Hint == "" {
		return what + "."
	}
	return what + ": " + strings.TrimSuffix(e.Hint, ".") + "."
}

// Classify returns the Kind of err, looking through wrapping. A bare
// context.Canceled is KindCanceled, a bare context.DeadlineExceeded is
// KindTimeout, and any other error (including nil) is KindOther.
func Classify(err error) Kind {
	var e *Error
	switch {
	case errors.As(err, &e):
		return e.Kind
	case errors.Is(err, context.Canceled):
		return KindCanceled
	case errors.Is(err, context.DeadlineExceeded):
		return KindTimeout
	default:
		return KindOther
	}
}

// timeoutError is the cancellation cause of one of the Config timeouts.
type timeoutError struct {
	name  string // "connect", "first-token", "idle" or "request"
	after string // the configured duration, formatted
	what  string // what did not happen in time
	// accepted says the server took the connection and then said nothing.
	accepted bool
}

func (e *timeoutError) Error() string {
	return fmt.Sprintf("%s timeout: %s within %s", e.name, e.what, e.after)
}

// redacted hides the API key in an error's text while keeping the chain for
// errors.Is and errors.As.
type redacted struct {
	err error
	key string
}

func (r *redacted) Error() string { return strings.ReplaceAll(r.err.Error(), r.key, "[redacted]") }
func (r *redacted) Unwrap() error { return r.err }

// redact wraps err so that its text never shows key.
func redact(err error, key string) error {
	if err == nil || len(key) < 4 || !strings.Contains(err.Error(), key) {
		return err
	}
	return &redacted{err: err, key: key}
}
