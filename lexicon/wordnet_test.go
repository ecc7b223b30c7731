package lexicon

import (
	"slices"
	"testing"
)

func TestRelated(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		{"frontier", "boundary"}, // alone in its synset: the hypernym's words
		{"shut", "close"},
		{"quicker", "fast"}, // by its base, then a similar adjective
		{"accord", "accordance"},
		{"hauliers", "hauler"},
	}
	for _, tt := range tests {
		if got := Related(tt.word); !slices.Contains(got, tt.want) {
			t.Errorf("Related(%q): got %q, want it to hold %q", tt.word, got, tt.want)
		}
	}
	if got := Related("xqzv"); len(got) != 0 {
		t.Errorf("Related(xqzv): got %q, want none", got)
	}
}
