package webarticle

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"strings"
	"syscall"
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

// acceptableType refuses content types that are no article (PDF, images,
// audio, video, archives) before their body is read. Pages without a type
// or with a generic one are judged by their content later.
func acceptableType(ctype string) error {
	if ctype == "" {
		return nil
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return nil
	}
	switch {
	case mt == "application/pdf":
		return errors.New("a PDF document")
	case strings.HasPrefix(mt, "image/"):
		return errors.New("an image")
	case strings.HasPrefix(mt, "audio/"), strings.HasPrefix(mt, "video/"):
		return errors.New("audio or video")
	case mt == "application/zip", mt == "application/gzip", mt == "application/x-tar":
		return errors.New("an archive")
	}
	return nil
}

// transportError names what went wrong with the connection.
func (f *Fetcher) transportError(ctx context.Context, raw string, err error) error {
	var ne net.Error
	switch {
	case errors.Is(err, ErrForbiddenAddress):
		return &Error{URL: raw, Reason: ErrForbiddenAddress, Detail: "only public web pages can be loaded from here", Cause: err}
	case errors.Is(err, ErrTooManyRedirects):
		return pageError(raw, ErrTooManyRedirects, err, "more than %d", f.opts.MaxRedirects)
	case errors.Is(err, ErrBadURL):
		return &Error{URL: raw, Reason: ErrBadURL, Detail: "a redirect left the web", Cause: err}
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return pageError(raw, ErrTimeout, err, "no complete answer in %s", f.opts.Timeout)
	case errors.Is(err, context.Canceled):
		return err
	case errors.Is(err, syscall.ECONNREFUSED):
		return &Error{URL: raw, Reason: ErrUnreachable, Detail: "connection refused", Cause: err}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return &Error{URL: raw, Reason: ErrUnreachable, Detail: "no such host", Cause: err}
	}
	return &Error{URL: raw, Reason: ErrUnreachable, Cause: err}
}
