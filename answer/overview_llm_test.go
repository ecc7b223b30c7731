package answer

import (
	"context"
	"strings"
	"testing"

	"articlebot/internal/fakeopenai"
)

func TestWholeQuestionsReachTheModelWithTheLead(t *testing.T) {
	s := fakeopenai.New(t)
	lead := "President Vladimir Putin agreed on Tuesday to temporarily halt attacks"
	s.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
		return fakeopenai.Answer("Putin agreed to halt attacks on Ukrainian energy facilities [" + sourceWith(req, lead) + "]. " +
			"Zelenskiy said Ukraine would support the proposal [" + sourceWith(req, "Zelenskiy said his country") + "].")
	})
	e := llmEngine(t, s)
	for _, q := range []string{"tl;dr", "What is this article about?", "What are the main points?", "What happened?", "What are the sides?"} {
		t.Run(q, func(t *testing.T) {
			calls := len(s.ChatRequests())
			var streamed strings.Builder
			res, err := e.Ask(context.Background(), Request{Question: q}, func(d string) { streamed.WriteString(d) })
			if err != nil {
				t.Fatal(err)
			}
			reqs := s.ChatRequests()
			if len(reqs) != calls+1 {
				t.Fatalf("got %d model calls, want 1", len(reqs)-calls)
			}
			srcs := fakeopenai.PromptSources(reqs[len(reqs)-1])
			if q != "What are the sides?" && (len(srcs) < 2 || !strings.Contains(srcs[0].Text, lead)) {
				t.Errorf("the lead is not the first source: %v", srcs)
			}
			if fakeopenai.PromptQuestion(reqs[len(reqs)-1]) != q {
				t.Errorf("the prompt does not carry the question %q", q)
			}
			if q == "What are the sides?" {
				return
			}
			if res.Mode != LLM || len(res.Citations) != 2 || res.Citations[0].Paragraph != 1 {
				t.Errorf("got %s answer %q citing %v, want the model's answer citing ¶1 first", res.Mode, res.Answer, res.Citations)
			}
			if streamed.Len() == 0 {
				t.Error("nothing was streamed")
			}
		})
	}
}

func TestModelSummaryThatCannotBeCheckedFallsBack(t *testing.T) {
	tests := []struct {
		name   string
		answer fakeopenai.Behaviour
	}{
		{"model says the article doesn't say", fakeopenai.Answer("The article doesn't say.")},
		{"model cites a source that does not exist for a claim the article does not make", fakeopenai.Answer("Putin agreed to halt attacks in Riyadh [9].")},
		{"model fails", fakeopenai.Status(500, `{"error":{"message":"boom"}}`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t)
			s.Respond(func(fakeopenai.ChatRequest) fakeopenai.Behaviour { return tt.answer })
			res, err := llmEngine(t, s).Ask(context.Background(), Request{Question: "Summarize the article"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.Abstained || res.Mode != Extractive || res.Notice == "" || len(res.Citations) == 0 || res.Citations[0].Paragraph != 1 {
				t.Errorf("got %s answer %q (abstained %v, notice %q), want the extractive summary with a notice",
					res.Mode, res.Answer, res.Abstained, res.Notice)
			}
		})
	}
}

func TestWholeSourcesFitTheContextBudget(t *testing.T) {
	s := fakeopenai.New(t)
	s.Respond(fakeopenai.Grounded)
	e := llmEngine(t, s, func(e *Engine) { e.contextTokens, e.answerTokens = 900, 100 })
	if _, err := e.Ask(context.Background(), Request{Question: "What are the main points?"}, nil); err != nil {
		t.Fatal(err)
	}
	reqs := s.ChatRequests()
	srcs := fakeopenai.PromptSources(reqs[len(reqs)-1])
	if len(srcs) == 0 || !strings.Contains(srcs[0].Text, "President Vladimir Putin agreed") {
		t.Fatalf("got sources %v, want the lead kept first", srcs)
	}
	if full := len(e.wholeSources(wholeQuestion{kind: pointsQ}, nil, nil)); len(srcs) >= full {
		t.Errorf("got %d sources, want fewer than %d to fit 800 tokens", len(srcs), full)
	}
}
