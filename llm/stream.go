package llm

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// drainTimeout bounds the wait for [DONE] once the finish reason has arrived:
// the answer is complete, reading on only lets the connection be reused.
const drainTimeout = time.Second

// Stream sends msgs to ChatModel and calls onDelta with each piece of visible
// answer text as it arrives; reasoning (<think> blocks and reasoning_content)
// is never passed on. The returned Completion's Text is the concatenation of
// those pieces.
//
// The answer is complete only when a finish reason arrived. A stream that ends
// without one fails with KindCutOff, returning the partial Completion. Failed
// attempts are retried, with backoff, only while nothing has been passed to
// onDelta; after that an error ends the call. onDelta runs on the calling
// goroutine and may be nil.
func (c *Client) Stream(ctx context.Context, msgs []Message, onDelta func(string)) (Completion, error) {
	if c.cfg.ChatModel == "" {
		return Completion{}, noModel("stream", "CHAT_MODEL")
	}
	if onDelta == nil {
		onDelta = func(string) {}
	}
	req := c.chatRequest(msgs)
	start := time.Now()
	c.log.Debug("llm: stream", "model", req.Model, "messages", len(msgs), "chars", promptSize(msgs))
	// One budget, FirstTokenTimeout, bounds everything before the first
	// token: connecting, every attempt and the backoff between them. A
	// server that never answers costs that long at most, not once per
	// attempt.
	bctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	budget := &timeoutError{name: "first-token", after: c.cfg.FirstTokenTimeout.String(), what: "no answer or reasoning token (connecting and retries included)"}
	budgetTimer := time.AfterFunc(c.cfg.FirstTokenTimeout, func() { cancel(budget) })
	defer budgetTimer.Stop()
	var comp Completion
	err := c.withRetry(bctx, "stream", func(actx context.Context) error {
		var err error
		comp, err = c.streamOnce(actx, req, onDelta, func() { budgetTimer.Stop() })
		return err
	})
	c.log.Debug("llm: stream done", "model", comp.Model, "finish", comp.FinishReason,
		"chars", len(comp.Text), "elapsed", time.Since(start), "err", err)
	return comp, err
}

// streamOnce makes one attempt. Its timeouts are timers that cancel the
// attempt's context, which makes a blocked Recv return; no goroutine is
// started. Stream's budget bounds the wait for the first answer or
// reasoning token, and started stops it when that token arrives; after
// that the idle timer is reset by every chunk.
func (c *Client) streamOnce(ctx context.Context, req openai.ChatCompletionRequest, onDelta func(string), started func()) (Completion, error) {
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	idle := &timeoutError{name: "idle", after: c.cfg.IdleTimeout.String(), what: "no data from the stream"}
	var idleTimer *time.Timer
	defer func() {
		if idleTimer != nil {
			idleTimer.Stop()
		}
	}()

	stream, err := c.api.CreateChatCompletionStream(actx, req)
	if err != nil {
		return Completion{}, c.failure(actx, "stream", err)
	}
	defer stream.Close()

	var (
		comp      Completion
		text      strings.Builder
		delivered bool
		chunks    int
		filter    = newThinkFilter(c.cfg.ThinkHold)
	)
	deliver := func(s string) {
		if s != "" {
			text.WriteString(s)
			delivered = true
			onDelta(s)
		}
	}
	for {
		var resp chunk
		raw, err := stream.RecvRaw()
		if err == nil {
			err = json.Unmarshal(raw, &resp)
		}
		if err != nil && comp.FinishReason != "" {
			// Finished: a missing [DONE] or a slow close changes nothing.
			deliver(filter.Flush())
			comp.Text = text.String()
			return comp, nil
		}
		if err != nil {
			comp.Text = text.String()
			if chunks == 0 && errors.Is(err, io.EOF) && !isEventStream(stream.Header().Get("Content-Type")) {
				return comp, badResponse("stream", "the server did not stream (content type %q)",
					stream.Header().Get("Content-Type"))
			}
			return comp, c.streamFailure(actx, err, delivered)
		}
		chunks++
		if resp.Model != "" {
			comp.Model = resp.Model
		}
		for _, ch := range resp.Choices { // empty in a final usage chunk
			if ch.Index != 0 {
				continue
			}
			if idleTimer == nil && (ch.Delta.Content != "" || ch.Delta.ReasoningContent != "" || ch.Delta.Reasoning != "") {
				started()
				idleTimer = time.AfterFunc(c.cfg.IdleTimeout, func() { cancel(idle) })
			}
			deliver(filter.Write(ch.Delta.Content))
			if ch.FinishReason != "" {
				comp.FinishReason = ch.FinishReason
			}
		}
		if idleTimer != nil {
			wait := c.cfg.IdleTimeout
			if comp.FinishReason != "" {
				wait = min(wait, drainTimeout)
			}
			idleTimer.Reset(wait)
		}
	}
}

// chunk is one streamed event. It is decoded here rather than by go-openai,
// which drops the "reasoning" field that vLLM and Ollama send: reasoning is
// never shown, but it must count as activity for the timeouts.
type chunk struct {
	Model   string `json:"model"`
	Choices []struct {
		Index int `json:"index"`
		Delta struct {
			Content          string `json:"content"`
			ReasoningContent string `json:"reasoning_content"`
			Reasoning        string `json:"reasoning"`
		} `json:"delta"`
		FinishReason string `json:"finish_reason"`
	} `json:"choices"`
}

// streamFailure classifies an error from Recv. Once part of the answer has
// been shown, nothing is retried and any failure other than a timeout or the
// caller's cancellation is reported as KindCutOff.
func (c *Client) streamFailure(actx context.Context, err error, delivered bool) *Error {
	var e *Error
	switch {
	case actx.Err() != nil:
		e = c.failure(actx, "stream", err)
	case errors.Is(err, io.EOF):
		e = &Error{Kind: KindCutOff, Op: "stream", Hint: hintCutOff, retry: true,
			Err: errors.New("the stream ended without a finish reason")}
	case errors.Is(err, io.ErrUnexpectedEOF):
		e = &Error{Kind: KindCutOff, Op: "stream", Hint: hintCutOff, retry: true,
			Err: errors.New("the connection closed in the middle of the stream")}
	default:
		e = c.failure(actx, "stream", err)
	}
	if delivered {
		e.retry = false
		switch e.Kind {
		case KindTimeout, KindCanceled, KindCutOff:
		default:
			e.Kind, e.Hint = KindCutOff, hintCutOff
		}
	}
	return e
}

// isEventStream reports whether a Content-Type is server-sent events.
func isEventStream(contentType string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(contentType)), "text/event-stream")
}

// noModel reports a call made without the model it needs.
func noModel(op, variable string) *Error {
	return &Error{Kind: KindOther, Op: op, Err: errors.New("no model configured"), Hint: "set " + variable}
}
