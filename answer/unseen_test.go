package answer

import (
	"strings"
	"testing"
)

func TestValuePhrase(t *testing.T) {
	tests := []struct{ q, want string }{
		{"What was the jobless rate in May?", "jobless rate"},
		{"What will the fine be for late returns?", "fine"},
		{"What is the club's new stadium called?", ""},
		{"What did the engineer say?", ""},
		{"What will the council decide?", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(valuePhrase(tt.q), " "); got != tt.want {
			t.Errorf("valuePhrase(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestUnseenValue: a value asked of a noun the article never uses in any
// form is not stated, however close another figure's sentence comes.
func TestUnseenValue(t *testing.T) {
	e := offlineEngine(t, `Prices ease in the valley
Inflation in the Orrin valley fell to 3.1 percent in May, the statistics office said.
Rents rose 2 percent over the same month.`)
	checkAnswerable(t, e, []answerableCase{
		{"What was the jobless rate in May?", false},
		{"What was the inflation rate in May?", true},
	})
}
