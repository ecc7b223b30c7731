package answer

import (
	"context"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
)

func TestModelRewriteIsChecked(t *testing.T) {
	history := []Turn{{Question: "What did Witkoff say?", Answer: "Witkoff said the talks will be in Jeddah [1]."}}
	tests := []struct {
		name        string
		rewrite     fakeopenai.Behaviour
		q           string
		want        string // in the standalone question
		wantWarning string // "" when the rewrite is used
	}{
		{"a good rewrite is used", fakeopenai.Answer("What else did Steve Witkoff say about the talks?"),
			"what else did he say about the talks?", "What else did Steve Witkoff say about the talks?", ""},
		{"an abstention is not a question", fakeopenai.Answer("The article does not say."),
			"what else did he say?", "Steve Witkoff", "unusable_rewrite"},
		{"an answer is not a question", fakeopenai.Answer("Witkoff said the talks will occur in Jeddah [1]."),
			"what else did he say?", "Steve Witkoff", "unusable_rewrite"},
		{"a rewrite that drops the person", fakeopenai.Answer("What else was said about the talks?"),
			"what else did he say about the talks?", "Steve Witkoff", "dropped Steve Witkoff"},
		{"a rewrite that changes the topic", fakeopenai.Answer("What did Steve Witkoff say about Gaza?"),
			"what did he say about the energy ceasefire?", "Steve Witkoff", "changed the topic"},
		{"a failing model", fakeopenai.Status(401, ""),
			"what else did he say?", "Steve Witkoff", "could not rewrite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fakeopenai.New(t)
			s.Enqueue(tt.rewrite)
			s.Respond(fakeopenai.Grounded)
			res, err := patientEngine(t, s).Ask(context.Background(), Request{Question: tt.q, History: history}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Standalone, tt.want) {
				t.Errorf("standalone: got %q, want it to contain %q", res.Standalone, tt.want)
			}
			joined := strings.Join(res.Warnings, "\n")
			if tt.wantWarning == "" && strings.Contains(joined, "rewrite") {
				t.Errorf("warnings %q mention the rewrite, want none", res.Warnings)
			}
			if tt.wantWarning != "" && !strings.Contains(joined, tt.wantWarning) {
				t.Errorf("warnings %q, want one with %q", res.Warnings, tt.wantWarning)
			}
			if res.Mode != LLM || res.Notice != "" || res.Fallback != "" {
				t.Errorf("got mode %s, notice %q, fallback %q: a rewrite fallback must not say the model failed to answer", res.Mode, res.Notice, res.Fallback)
			}
		})
	}
}

// patientEngine is llmEngine with timeouts long enough that a loaded test
// machine never turns a scripted answer into a timeout: these tests are
// about what is done with the answers, not about time.
func patientEngine(t testing.TB, s *fakeopenai.Server, tweak ...func(*Engine)) *Engine {
	t.Helper()
	return engineWithTimeout(t, s, 20*time.Second, tweak...)
}
