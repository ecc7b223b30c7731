package answer

import (
	"context"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
)

func TestSecondOpinion(t *testing.T) {
	tests := []struct {
		name        string
		fact        fakeopenai.Fact
		also        []fakeopenai.Fact // other sentences of the answer, supported
		question    string
		verdict     fakeopenai.Behaviour
		wantKept    bool
		wantWarning string
	}{
		{
			name:     "a paraphrase the measure misses is kept on the model's yes",
			fact:     fakeopenai.Fact{Text: "Kyiv said it would go along with the narrower deal.", Paragraph: 2},
			question: "How did Ukraine respond to the energy agreement?",
			verdict:  fakeopenai.Answer("1: yes"),
			wantKept: true,
		},
		{
			name:     "a claim the measure passes is removed on the model's no",
			fact:     fakeopenai.Fact{Text: "Trump has ruled out any territorial concessions by Kyiv.", Paragraph: 9},
			question: "Did Trump and Putin discuss aid to Ukraine?",
			verdict:  fakeopenai.Answer("1: no"),
			wantKept: false,
		},
		{
			name:        "a slow second opinion leaves the gate to decide alone",
			fact:        fakeopenai.Fact{Text: "Trump has ruled out any territorial concessions by Kyiv.", Paragraph: 9},
			question:    "Did Trump and Putin discuss aid to Ukraine?",
			verdict:     fakeopenai.StallBeforeHeaders(time.Minute), // ends when the 200 ms wait gives up
			wantKept:    true,
			wantWarning: "second opinion unavailable (timeout)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t)
			answerWith := fakeopenai.OwnWords(append(tt.also, tt.fact)...)
			s.Respond(func(req fakeopenai.ChatRequest) fakeopenai.Behaviour {
				if strings.Contains(req.LastUser(), "<pair n=\"1\">") {
					return tt.verdict
				}
				return answerWith(req)
			})
			// Only the slow case is about the timeout: the others get one
			// a loaded machine cannot reach.
			timeout := 20 * time.Second
			if tt.wantWarning != "" {
				timeout = 200 * time.Millisecond
			}
			e := patientEngine(t, s, func(e *Engine) {
				e.secondOpinion, e.secondOpinionTimeout = true, timeout
			})
			res, err := e.Ask(context.Background(), Request{Question: tt.question}, nil)
			if err != nil {
				t.Fatal(err)
			}
			kept := strings.Contains(res.Answer, strings.TrimRight(tt.fact.Text, ".")) && res.Mode == LLM
			if kept != tt.wantKept {
				t.Errorf("answer %q (mode %s): kept %v, want %v; warnings %q", res.Answer, res.Mode, kept, tt.wantKept, res.Warnings)
			}
			if res.Gate == nil || res.Gate.SecondOpinion == 0 {
				t.Errorf("gate stats %+v: want the second opinion counted", res.Gate)
			}
			if tt.wantWarning != "" && !strings.Contains(strings.Join(res.Warnings, "\n"), tt.wantWarning) {
				t.Errorf("warnings %q, want %q", res.Warnings, tt.wantWarning)
			}
		})
	}
}
