package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want Kind
	}{
		{"nil", nil, KindOther},
		{"plain", errors.New("x"), KindOther},
		{"wrapped *Error", fmt.Errorf("answer: %w", &Error{Kind: KindRateLimited}), KindRateLimited},
		{"canceled", fmt.Errorf("x: %w", context.Canceled), KindCanceled},
		{"deadline", context.DeadlineExceeded, KindTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(tt.err); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestFromSDKErrors(t *testing.T) {
	withV1 := &Client{base: "http://h/v1", hasV1: true}
	tests := []struct {
		name      string
		err       error
		wantKind  Kind
		wantRetry bool
	}{
		{"ollama busy: RequestError before APIError",
			&openai.RequestError{HTTPStatusCode: 503, Err: &openai.APIError{Message: "busy"}}, KindUnavailable, true},
		{"api 401", &openai.APIError{HTTPStatusCode: 401}, KindAuth, false},
		{"api 408", &openai.APIError{HTTPStatusCode: 408}, KindTimeout, true},
		{"api 409", &openai.APIError{HTTPStatusCode: 409}, KindOther, true},
		{"api 422 context", &openai.APIError{HTTPStatusCode: 422, Message: "Too many tokens in prompt"}, KindContextLength, false},
		{"mid-stream error", fmt.Errorf("error, %w", &openai.APIError{Message: "oops"}), KindUnavailable, true},
		{"too many keep-alives", openai.ErrTooManyEmptyStreamMessages, KindBadResponse, false},
		{"reset before headers", fmt.Errorf("post: %w", io.ErrUnexpectedEOF), KindUnavailable, true},
		{"client-side refusal", openai.ErrReasoningModelMaxTokensDeprecated, KindOther, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := withV1.failure(context.Background(), "stream", tt.err)
			if e.Kind != tt.wantKind || e.retry != tt.wantRetry {
				t.Errorf("got %s retry %v, want %s retry %v", e.Kind, e.retry, tt.wantKind, tt.wantRetry)
			}
		})
	}
}

func TestUserMessage(t *testing.T) {
	const key = "sk-live-abcdef123456"
	for k := KindOther; k <= KindCanceled; k++ {
		t.Run(k.String(), func(t *testing.T) {
			e := &Error{Kind: k, Op: "stream", Status: 500, Err: redact(errors.New("server said "+key), key)}
			msg := e.UserMessage()
			if strings.Contains(msg, key) || strings.Contains(e.Error(), key) {
				t.Errorf("got %q / %q, want no key", msg, e.Error())
			}
			if !strings.HasSuffix(msg, ".") || msg[0] < 'A' || msg[0] > 'Z' {
				t.Errorf("got %q, want one capitalised sentence", msg)
			}
			if got := e.Error(); got != strings.ToLower(got[:1])+got[1:] || !strings.Contains(got, "server said") {
				t.Errorf("got %q, want lower-case text with the cause", got)
			}
		})
	}
}

func TestUserMessageWording(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Kind: KindAuth, Hint: hintAuth},
			"The endpoint refused the API key: set OPENAI_API_KEY to a valid key."},
		{&Error{Kind: KindNotFound, Hint: "add /v1 to OPENAI_BASE_URL: http://localhost:8080/v1"},
			"The model endpoint answered 404 not found: add /v1 to OPENAI_BASE_URL: http://localhost:8080/v1."},
		{&Error{Kind: KindNotFound, Hint: hintModel},
			"The model endpoint answered 404 not found: check CHAT_MODEL / EMBEDDING_MODEL, see `articlebot doctor`."},
		{&Error{Kind: KindOther, Status: 400}, "The request to the model endpoint failed with HTTP status 400."},
		{&Error{Kind: KindCutOff, Hint: hintCutOff}, "The answer was cut off before the model finished: try again."},
	}
	for _, tt := range tests {
		t.Run(tt.err.Kind.String(), func(t *testing.T) {
			if got := tt.err.UserMessage(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
