package llm

import (
	"context"
	"io"
	"net/http"
	"sync"
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
	timeout := &timeoutError{name: "connect", after: t.connectTimeout.String(), what: "no response headers"}
	timer := time.AfterFunc(t.connectTimeout, func() { cancel(timeout) })

	resp, err := t.base.RoundTrip(req.WithContext(ctx))
	timer.Stop()
	if err != nil {
		if context.Cause(ctx) == error(timeout) && req.Context().Err() == nil {
			err = timeout
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
