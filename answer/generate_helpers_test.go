package answer

import (
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
	"articlebot/llm"
)

// llmEngine returns the shipped-article engine answering through a client
// of a fake endpoint, with near-zero backoff.
//
// Its timeouts are long enough that a loaded test machine never turns a
// scripted answer into a timeout (a 300 ms budget did, under -race while
// other packages built); a test about timing out uses hastyEngine.
func llmEngine(t testing.TB, s *fakeopenai.Server, tweak ...func(*Engine)) *Engine {
	t.Helper()
	return engineWithTimeout(t, s, 20*time.Second, tweak...)
}

// hastyEngine is llmEngine with a short first-token and idle timeout, for
// the tests of what happens when the model stalls past it.
func hastyEngine(t testing.TB, s *fakeopenai.Server, tweak ...func(*Engine)) *Engine {
	t.Helper()
	return engineWithTimeout(t, s, 300*time.Millisecond, tweak...)
}

func engineWithTimeout(t testing.TB, s *fakeopenai.Server, timeout time.Duration, tweak ...func(*Engine)) *Engine {
	t.Helper()
	c, err := llm.New(llm.Config{
		BaseURL:           s.URL(),
		ChatModel:         fakeopenai.DefaultChatModel,
		FirstTokenTimeout: timeout,
		IdleTimeout:       timeout,
		BackoffBase:       time.Millisecond,
		BackoffMax:        2 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	e := withGenerator(t, c)
	for _, f := range tweak {
		f(e)
	}
	return e
}

// sourceWith returns the number of the prompt's source holding needle.
func sourceWith(req fakeopenai.ChatRequest, needle string) string {
	for _, s := range fakeopenai.PromptSources(req) {
		if strings.Contains(s.Text, needle) {
			return s.N
		}
	}
	return "99"
}
