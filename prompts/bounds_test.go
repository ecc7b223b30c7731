package prompts

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPromptBounds(t *testing.T) {
	big := strings.Repeat("word ", 100000)
	turns := make([]Turn, 10)
	for i := range turns {
		turns[i] = Turn{Question: big, Answer: big}
	}
	d := AnswerData{Title: big, Question: "q?", Sources: []Source{{N: 1, Paragraph: 1, Section: big, Text: "text"}}, History: turns}
	for name, render := range map[string]func() (string, error){
		"answer": func() (string, error) { return Answer(d) },
		"summary": func() (string, error) {
			return Summary(SummaryData{Title: big, Question: "q", Kind: "summary", Sources: d.Sources, History: turns})
		},
		"rewrite": func() (string, error) { return Rewrite(RewriteData{Question: "and then?", History: turns}) },
	} {
		got, err := render()
		if err != nil {
			t.Fatal(err)
		}
		if n, most := utf8.RuneCountInString(got), MaxTitle+MaxSection+MaxHistory+4000; n > most {
			t.Errorf("%s prompt has %d runes, want at most %d", name, n, most)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four five", 15, "one two three…"},
		{"one two three four five", 12, "one two thr…"},
		{"ééééé", 3, "éé…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want || utf8.RuneCountInString(got) > tt.n {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
