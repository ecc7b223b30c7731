package answer

import (
	"context"
	"strings"
	"testing"
	"time"

	"articlebot/article"
	"articlebot/internal/fakeopenai"
	"articlebot/llm"
)

// TestHostileArticlePromptFitsTheBudget builds an article whose headline,
// section name and one paragraph are each far larger than the context,
// with no sentence end, and checks that every prompt sent fits the
// context budget, whatever the question.
func TestHostileArticlePromptFitsTheBudget(t *testing.T) {
	huge := func(word string, n int) string { return strings.Repeat(word+" ", n) }
	text := huge("Headline", 10) + "\n\n" + huge("SECTION", 12) + "\n\n" +
		"The port strike began on Monday, officials said.\n\n" + huge("talks port strike union wages", 6000) + "\n"
	a, err := article.Parse("hostile.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	s := fakeopenai.New(t)
	s.Respond(fakeopenai.Grounded)
	c, err := llm.New(llm.Config{BaseURL: s.URL(), ChatModel: fakeopenai.DefaultChatModel, FirstTokenTimeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for _, ctxTokens := range []int{4096, 1024} {
		sent := len(s.ChatRequests())
		e, err := New(context.Background(), a, Options{Generator: c, ContextTokens: ctxTokens, AnswerTokens: 256, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"What about the port strike talks and wages?", "Summarise the article"} {
			res, err := e.Ask(context.Background(), Request{Question: q}, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, src := range res.Sources {
				if len(src.Text) > maxSourceBytes {
					t.Errorf("a source of %d bytes", len(src.Text))
				}
			}
		}
		for _, req := range s.ChatRequests()[sent:] {
			n := 0
			for _, m := range req.Messages {
				n += len(m.Content)/3 + 4
			}
			if n > ctxTokens {
				t.Errorf("context %d: a prompt of about %d tokens was sent: %.100q", ctxTokens, n, req.Messages[len(req.Messages)-1].Content)
			}
		}
	}
}
