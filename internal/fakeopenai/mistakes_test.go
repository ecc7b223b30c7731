package fakeopenai_test

import (
	"encoding/json"
	"strings"
	"testing"

	"articlebot/internal/fakeopenai"
)

// mistakesPrompt is an answer prompt with sources of paragraphs 3, 4 and 9.
const mistakesPrompt = `Sources:
<source n="1" paragraph="9">
Nine.
</source>
<source n="2" paragraph="3">
Three.
</source>
<source n="3" paragraph="4">
Four.
</source>
<question>
q?
</question>`

func TestMistakes(t *testing.T) {
	a := fakeopenai.Fact{Text: "The talks are in Jeddah and they start on Sunday.", Paragraph: 4}
	b := fakeopenai.Fact{Text: "The call lasted two hours.", Paragraph: 9}
	tests := []struct {
		name    string
		respond func(fakeopenai.ChatRequest) fakeopenai.Behaviour
		want    string
	}{
		{"own words", fakeopenai.OwnWords(a, b), "The talks are in Jeddah and they start on Sunday [3]. The call lasted two hours [1]."},
		{"neighbour", fakeopenai.CitesNeighbour(a, b), "The talks are in Jeddah and they start on Sunday [2]. The call lasted two hours [3]."},
		{"mixed", fakeopenai.MixedCitations(a, b), "The talks are in Jeddah and they start on Sunday [3]. The call lasted two hours [3]."},
		{"splits", fakeopenai.SplitsFact(a), "The talks are in Jeddah. They start on Sunday [3]."},
		{"invents", fakeopenai.Invents(fakeopenai.Invention{Text: "Putin will attend.", Near: 3}, b), "The call lasted two hours [1]. Putin will attend [2]."},
		{"invents a quotation", fakeopenai.Invents(fakeopenai.Invention{Text: "we will win", Speaker: "Trump", Near: 9}), "Trump said, “we will win.” [1]."},
		{"[1][2]", fakeopenai.CitesInStyle("[1][2]", a, b), "The talks are in Jeddah and they start on Sunday, and the call lasted two hours [3][1]."},
		{"[1, 2]", fakeopenai.CitesInStyle("[1, 2]", a, b), "The talks are in Jeddah and they start on Sunday, and the call lasted two hours [3, 1]."},
		{"(1)", fakeopenai.CitesInStyle("(1)", b), "The call lasted two hours (1)."},
		{"[Source 1]", fakeopenai.CitesInStyle("[Source 1]", b), "The call lasted two hours [Source 1]."},
		{"【1】", fakeopenai.CitesInStyle("【1】", b), "The call lasted two hours 【1】."},
	}
	s := fakeopenai.New(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.Respond(tt.respond)
			if got := ask(t, s, mistakesPrompt); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	// A request without sources, such as a follow-up rewrite, gets its
	// question back.
	s.Respond(fakeopenai.OwnWords(a))
	if got := ask(t, s, "<question>\nwho?\n</question>"); got != "who?" {
		t.Errorf("rewrite: got %q, want the question back", got)
	}
}

// ask sends prompt unstreamed and returns the answer.
func ask(t *testing.T, s *fakeopenai.Server, prompt string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"model": "m", "messages": []map[string]string{{"role": "user", "content": prompt}}})
	resp := post(t, s.URL()+"/chat/completions", "", string(body))
	var out struct {
		Choices []struct {
			Message struct{ Content string } `json:"message"`
		} `json:"choices"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Choices) != 1 {
		t.Fatalf("decode: %v (%d choices)", err, len(out.Choices))
	}
	return strings.TrimSpace(out.Choices[0].Message.Content)
}
