package llm

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"

	openai "github.com/sashabaranov/go-openai"
)

// Hints shown to users; the environment variable names are the ones
// documented in .env.example.
const (
	hintAuth         = "the endpoint refused the API key: set OPENAI_API_KEY to a valid key"
	hintModel        = "check CHAT_MODEL / EMBEDDING_MODEL, see `articlebot doctor`"
	hintRateLimited  = "wait a moment and try again"
	hintCutOff       = "try again"
	hintContext      = "ask a shorter question, retrieve fewer sources, or use a model with a larger context"
	hintBadResponse  = "check that OPENAI_BASE_URL points to an OpenAI-compatible API"
	hintTLS          = "check the scheme (http or https) in OPENAI_BASE_URL and the certificates (SSL_CERT_FILE)"
	hintServerFailed = "the server reported an internal error: check its log"
)

// failure turns an error from one attempt, made under actx, into an *Error.
// It decides whether another attempt may help.
func (c *Client) failure(actx context.Context, op string, err error) *Error {
	e := c.classify(actx, err)
	e.Op = op
	e.Err = redact(e.Err, c.cfg.APIKey)
	return e
}

func (c *Client) classify(actx context.Context, err error) *Error {
	var te *timeoutError
	if cause := context.Cause(actx); errors.As(cause, &te) {
		return &Error{Kind: KindTimeout, Err: te, Hint: "try again; a local model may still be loading"}
	}
	if errors.As(err, &te) { // the transport's connect timeout
		if te.accepted {
			return &Error{Kind: KindTimeout, Err: te, Hint: "the server at " + c.base + " accepted the connection but sent nothing: check that it is an OpenAI-compatible endpoint and not stuck"}
		}
		return &Error{Kind: KindTimeout, Err: te, Hint: "check that the server at " + c.base + " is up", retry: true, unreachable: true}
	}
	if actx.Err() != nil {
		return callerError(actx)
	}

	// RequestError first: an Ollama-style {"error":"busy"} is a RequestError
	// wrapping an APIError whose status is 0.
	var reqErr *openai.RequestError
	var apiErr *openai.APIError
	switch {
	case errors.As(err, &reqErr):
		return c.fromStatus(reqErr.HTTPStatusCode, string(reqErr.Body), err)
	case errors.As(err, &apiErr):
		return c.fromStatus(apiErr.HTTPStatusCode, apiErr.Message, err)
	}
	return c.fromTransport(err)
}

// callerError reports the caller's own cancellation or deadline so that
// errors.Is(err, context.Canceled) and errors.Is(err, context.DeadlineExceeded)
// keep working.
func callerError(ctx context.Context) *Error {
	var te *timeoutError
	if errors.As(context.Cause(ctx), &te) { // Stream's first-token budget ran out between attempts
		return &Error{Kind: KindTimeout, Err: te, Hint: "try again; a local model may still be loading"}
	}
	cause := ctx.Err()
	if c := context.Cause(ctx); c != nil && !errors.Is(c, cause) {
		cause = fmt.Errorf("%w: %w", ctx.Err(), c)
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &Error{Kind: KindTimeout, Err: cause, Hint: "the caller's deadline passed"}
	}
	return &Error{Kind: KindCanceled, Err: cause}
}

// fromStatus classifies an HTTP status; 0 means an error object that came
// inside a stream, after a 200.
func (c *Client) fromStatus(status int, msg string, err error) *Error {
	e := &Error{Status: status, Err: err}
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		e.Kind, e.Hint = KindAuth, hintAuth
	case status == http.StatusNotFound:
		e.Kind, e.Hint = KindNotFound, hintModel
		if !c.hasV1 {
			e.Hint = "add /v1 to OPENAI_BASE_URL: " + c.base + "/v1"
		}
	case status == http.StatusTooManyRequests:
		e.Kind, e.Hint, e.retry = KindRateLimited, hintRateLimited, true
	case status == http.StatusRequestTimeout:
		e.Kind, e.retry = KindTimeout, true
	case status == http.StatusConflict:
		e.Kind, e.retry = KindOther, true
	case isContextLength(msg) && (status == 0 || status == http.StatusBadRequest ||
		status == http.StatusRequestEntityTooLarge || status == http.StatusUnprocessableEntity ||
		status == http.StatusInternalServerError):
		e.Kind, e.Hint = KindContextLength, hintContext
	case status == http.StatusNotImplemented || status == http.StatusHTTPVersionNotSupported:
		e.Kind, e.Hint = KindUnavailable, c.notServedHint() // retrying never helps
	case status >= 500 || status == 0:
		e.Kind, e.Hint, e.retry = KindUnavailable, hintServerFailed, true
	default:
		e.Kind = KindOther
	}
	return e
}

// notServedHint says what to do about a 501 Not Implemented, naming the
// server only when Diagnose recognised it.
func (c *Client) notServedHint() string {
	switch c.server {
	case ServerLlamaCpp:
		return "the server does not serve this endpoint: start llama-server with --embeddings to serve embeddings"
	case ServerVLLM:
		return "the server does not serve this endpoint: vLLM serves embeddings from a separate server started for the embedding model"
	}
	return "the server does not serve this endpoint (for embeddings: unset EMBEDDING_MODEL to use the built-in local embedder)"
}

// isContextLength recognises the wording of OpenAI, vLLM, llama.cpp and
// Ollama when a prompt does not fit.
func isContextLength(msg string) bool {
	m := strings.ToLower(msg)
	for _, s := range []string{"context length", "context_length", "maximum context", "too many tokens", "context size", "context window"} {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

// fromTransport classifies errors that came before any HTTP status: network,
// TLS and decoding failures.
func (c *Client) fromTransport(err error) *Error {
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var authErr x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var recErr tls.RecordHeaderError
	var synErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	var netErr net.Error
	var opErr *net.OpError
	switch {
	case errors.As(err, &synErr), errors.As(err, &typeErr), errors.Is(err, openai.ErrTooManyEmptyStreamMessages):
		return &Error{Kind: KindBadResponse, Err: err, Hint: hintBadResponse}
	case errors.As(err, &dnsErr):
		return &Error{Kind: KindUnavailable, Err: err,
			Hint:  "check the host name in OPENAI_BASE_URL (" + c.base + ")",
			retry: dnsErr.IsTemporary || dnsErr.IsTimeout, unreachable: dnsErr.IsNotFound}
	case errors.As(err, &certErr), errors.As(err, &authErr), errors.As(err, &hostErr), errors.As(err, &recErr):
		return &Error{Kind: KindUnavailable, Err: err, Hint: hintTLS}
	case errors.Is(err, syscall.ECONNREFUSED):
		return &Error{Kind: KindUnavailable, Err: err,
			Hint: "nothing is listening at " + c.base + ": start the server or fix OPENAI_BASE_URL", retry: true, unreachable: true}
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{Kind: KindUnavailable, Err: err, Hint: "the server at " + c.base + " closed the connection", retry: true}
	case errors.As(err, &netErr) && netErr.Timeout():
		return &Error{Kind: KindTimeout, Err: err, Hint: "check that the server at " + c.base + " is up", retry: true}
	case errors.As(err, &opErr):
		return &Error{Kind: KindUnavailable, Err: err, Hint: "check that the server at " + c.base + " is up", retry: true}
	default:
		return &Error{Kind: KindOther, Err: err}
	}
}

// badResponse reports an answer that parsed but makes no sense.
func badResponse(op, format string, args ...any) *Error {
	return &Error{Kind: KindBadResponse, Op: op, Err: fmt.Errorf(format, args...), Hint: hintBadResponse}
}
