package llm

import (
	"context"
	"io"
	"net/http"
	"net/http/httptrace"
	"sync"
	"sync/atomic"
	"time"
)

// transport wraps the HTTP client's RoundTripper for two things go-openai
// cannot do: bound the wait for response headers (ConnectTimeout, for any
// HTTP client, without Client.Timeout) and keep the Retry-After header of
// failed responses, which go-openai drops from its errors.
type transport struct {
	base           http.RoundTripper
	connectTimeout time.Duration
}

// RoundTrip sends req, cancelling it if the headers take longer than the
// connect timeout. The timeout stops as soon as the headers arrive; the body
// then lives as long as the request's own context.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithCancelCause(req.Context())
	// A server that accepted the connection and then says nothing is told
	// apart from one that cannot be reached: another attempt at it would
	// only wait as long again.
	var accepted atomic.Bool
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		// ConnectDone is the earliest sign: a busy machine may run the
		// timer between the dial and GotConn.
		ConnectDone: func(_, _ string, err error) {
			if err == nil {
				accepted.Store(true)
			}
		},
		GotConn: func(httptrace.GotConnInfo) { accepted.Store(true) },
	})
	var fired atomic.Pointer[timeoutError]
	timer := time.AfterFunc(t.connectTimeout, func() {
		te := &timeoutError{name: "connect", after: t.connectTimeout.String(), what: "no response headers"}
		if accepted.Load() {
			te.what, te.accepted = "the endpoint accepted the connection but sent no response headers", true
		}
		fired.Store(te)
		cancel(te)
	})

	resp, err := t.base.RoundTrip(req.WithContext(ctx))
	timer.Stop()
	if err != nil {
		if te := fired.Load(); te != nil && req.Context().Err() == nil {
			err = te
		}
		cancel(nil)
		return nil, err
	}
	if info := responseInfoFrom(req.Context()); info != nil {
		info.set(resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	resp.Body = &cancelOnClose{ReadCloser: resp.Body, cancel: func() { cancel(nil) }}
	return resp, nil
}

// cancelOnClose releases the request's context when the body is closed.
type cancelOnClose struct {
	io.ReadCloser
	cancel func()
}

func (b *cancelOnClose) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// responseInfo is filled in by transport for the attempt whose context
// carries it.
type responseInfo struct {
	mu         sync.Mutex
	status     int
	retryAfter string
}

func (r *responseInfo) set(status int, retryAfter string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.status, r.retryAfter = status, retryAfter
}

func (r *responseInfo) get() (status int, retryAfter string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.status, r.retryAfter
}

type responseInfoKey struct{}

func withResponseInfo(ctx context.Context, info *responseInfo) context.Context {
	return context.WithValue(ctx, responseInfoKey{}, info)
}

func responseInfoFrom(ctx context.Context) *responseInfo {
	info, _ := ctx.Value(responseInfoKey{}).(*responseInfo)
	return info
}
