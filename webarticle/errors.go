package webarticle

import (
	"errors"
	"fmt"
)

// Reasons a page cannot be read. Each Error wraps one, so callers can match
// them with errors.Is.
var (
	ErrNotFound         = errors.New("page not found")
	ErrHTTPStatus       = errors.New("the site refused the page")
	ErrUnreachable      = errors.New("the site cannot be reached")
	ErrTimeout          = errors.New("the site took too long to answer")
	ErrTooLarge         = errors.New("the page is too large")
	ErrTooManyRedirects = errors.New("the page redirects too many times")
	ErrNotPage          = errors.New("not a web page or text")
	ErrForbiddenAddress = errors.New("the address is on a private network")
	ErrBadURL           = errors.New("not an http or https address")
)

// Error is a page that could not be read, with one line for the person who
// asked for it. The cause, when there is one, stays in the chain for logs.
type Error struct {
	URL    string
	Reason error  // one of the Err values above, or ErrNoStory
	Detail string // what exactly, for the user: "HTTP 404", "a PDF document"
	Cause  error
}

func (e *Error) Error() string {
	msg := e.URL + ": " + e.Reason.Error()
	if e.Detail != "" {
		msg += " (" + e.Detail + ")"
	}
	return msg
}

// Unwrap returns the reason and the cause.
func (e *Error) Unwrap() []error {
	if e.Cause == nil {
		return []error{e.Reason}
	}
	return []error{e.Reason, e.Cause}
}

func pageError(url string, reason error, cause error, format string, args ...any) *Error {
	return &Error{URL: url, Reason: reason, Cause: cause, Detail: fmt.Sprintf(format, args...)}
}
