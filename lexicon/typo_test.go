package lexicon

import "testing"

func TestNear(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskiy", true},
		{"zelenskyy", "zelenskiy", true},
		{"witkof", "witkoff", true},
		{"scholtz", "scholz", true},
		{"colbuorn", "colbourn", true}, // swapped letters
		{"biden", "putin", false},
		{"macro", "macron", true}, // one edit in five letters
		{"kim", "kym", false},     // three letters must match exactly
		{"mash", "marsh", true},
		{"osie", "osei", true},
		{"burg", "berg", true},
		{"doe", "dee", false},
		{"jinping", "putin", false},
		{"kremlin", "gremlin", false}, // first letters differ
		{"snegovaya", "snegovaia", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if _, got := Near(tt.a, tt.b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
