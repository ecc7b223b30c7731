package llm

import "context"

// Complete sends msgs to ChatModel and waits for the whole answer, without
// streaming; it suits short calls such as rewriting a follow-up question.
// Reasoning is removed from the text as in Stream. Each attempt is bounded by
// RequestTimeout, and failed attempts are retried with backoff.
func (c *Client) Complete(ctx context.Context, msgs []Message) (Completion, error) {
	if c.cfg.ChatModel == "" {
		return Completion{}, noModel("complete", "CHAT_MODEL")
	}
	req := c.chatRequest(msgs)
	c.log.Debug("llm: complete", "model", req.Model, "messages", len(msgs), "chars", promptSize(msgs))
	var comp Completion
	err := c.withRetry(ctx, "complete", func(ctx context.Context) error {
		actx, cancel := c.requestContext(ctx)
		defer cancel()
		resp, err := c.api.CreateChatCompletion(actx, req)
		if err != nil {
			return c.failure(actx, "complete", err)
		}
		if len(resp.Choices) == 0 {
			return badResponse("complete", "the response has no choices")
		}
		choice := resp.Choices[0]
		filter := newThinkFilter(-1) // the whole text is here: no need to stream early
		comp = Completion{
			Text:         filter.Write(choice.Message.Content) + filter.Flush(),
			FinishReason: string(choice.FinishReason),
			Model:        resp.Model,
		}
		return nil
	})
	return comp, err
}

// requestContext bounds one attempt of a non-streaming request by
// RequestTimeout.
func (c *Client) requestContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(ctx, c.cfg.RequestTimeout, &timeoutError{
		name: "request", after: c.cfg.RequestTimeout.String(), what: "no complete response",
	})
}
