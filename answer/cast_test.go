package answer

import (
	"testing"

	"articlebot/article"
	"articlebot/quotes"
)

func TestInSentence(t *testing.T) {
	// "She said: “It works. We checked twice.” Then she left."
	s := article.Sentence{Start: 0, End: len("She said: “It works.")}
	start := len("She said: “")
	tests := []struct {
		name string
		q    quotes.Quote
		want string
	}{
		{"inside the sentence", quotes.Quote{Text: "It works.", Start: start, End: start + len("It works.")}, "It works."},
		{"runs past the sentence", quotes.Quote{Text: "It works. We checked twice.", Start: start, End: start + len("It works. We checked twice.")}, "It works…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inSentence(tt.q, s); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
