package lexicon

import "testing"

func TestAgentNoun(t *testing.T) {
	tests := []struct{ form, want string }{
		{"sells", "seller"},
		{"sold", "seller"},
		{"taught", "teacher"},
		{"repairs", "repairer"},
		{"bakes", "baker"},
		{"trains", "trainer"},
		{"knows", ""},
		{"has", ""},
		{"sell", ""},
		{"table", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := AgentNoun(tt.form); got != tt.want {
			t.Errorf("AgentNoun(%q) = %q, want %q", tt.form, got, tt.want)
		}
	}
}
