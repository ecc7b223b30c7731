package lexicon

import (
	"strings"
	"testing"
)

// TestVoteSide checks the side read from the words after a vote word.
func TestVoteSide(t *testing.T) {
	tests := []struct {
		after string
		want  int
	}{
		{"against the levy", -1},
		{"by 12 to 3 for the levy", 1},
		{"narrowly in favour of the levy", 1},
		{"unanimously to adopt the levy", 1},
		{"7 to 2 to reject the levy", -1},
		{"down the levy", -1},
		{"on tuesday", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := VoteSide(strings.Fields(tt.after)); got != tt.want {
			t.Errorf("VoteSide(%q) = %d; want %d", tt.after, got, tt.want)
		}
	}
}
