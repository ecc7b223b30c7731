package lexicon

import "testing"

func TestMostlyVerb(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"depend", true},   // no noun
		{"complain", true}, // no noun
		{"meet", true},     // 237 verb tags against 4 noun
		{"release", true},  // 32 against 16
		{"board", false},   // 7 against 50
		{"water", false},
		{"data", false}, // no verb
		{"fish", false}, // 3 against 16
		{"zzyzx", false},
		{"took", false}, // base forms only: callers find the base
	}
	for _, tt := range tests {
		if got := MostlyVerb(tt.w); got != tt.want {
			t.Errorf("MostlyVerb(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestVerbShare(t *testing.T) {
	tests := []struct {
		w    string
		want float64
	}{
		{"depend", 1},
		{"meet", 0.98},
		{"board", 0.14},
		{"data", 0},
	}
	for _, tt := range tests {
		if got := VerbShare(tt.w); got != tt.want {
			t.Errorf("VerbShare(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
