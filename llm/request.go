package llm

import (
	openai "github.com/sashabaranov/go-openai"
)

// Role is who speaks a Message.
type Role string

// The roles a chat understands.
const (
	RoleSystem    Role = "system"
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
)

// Message is one turn of a chat.
type Message struct {
	Role    Role
	Content string
}

// Completion is a finished (or, with an error, partial) answer.
type Completion struct {
	Text         string // the visible answer, without reasoning
	FinishReason string // "stop", "length"…; empty when the answer was cut off
	Model        string // the model that answered, as the server names it
}

// chatRequest converts msgs to go-openai's request, the one place where the
// neutral types meet the SDK's.
func (c *Client) chatRequest(msgs []Message) openai.ChatCompletionRequest {
	out := make([]openai.ChatCompletionMessage, len(msgs))
	for i, m := range msgs {
		out[i] = openai.ChatCompletionMessage{Role: string(m.Role), Content: m.Content}
	}
	// max_tokens, deprecated by OpenAI, is the field every local server
	// reads (Ollama knows no other); reasoning models get
	// max_completion_tokens below.
	req := openai.ChatCompletionRequest{
		Model:       c.cfg.ChatModel,
		Messages:    out,
		MaxTokens:   c.cfg.MaxTokens,
		Temperature: c.cfg.Temperature,
	}
	if req.Temperature == 0 {
		req.Temperature = nearZeroTemperature
	}
	// go-openai refuses max_tokens and non-default temperatures client-side
	// for the model names it treats as reasoning models; ask its own validator
	// rather than copying its list of names.
	if openai.NewReasoningValidator().Validate(req) != nil {
		req.MaxCompletionTokens, req.MaxTokens = req.MaxTokens, 0
		req.Temperature = 0
	}
	return req
}

// promptSize returns the number of characters in msgs, for debug logs that
// must not contain the prompt itself.
func promptSize(msgs []Message) int {
	n := 0
	for _, m := range msgs {
		n += len(m.Content)
	}
	return n
}
