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
		{"quicker", "faster"},
		{"accord", "accordance"},
		{"hauliers", "hauler"},
	}
	for _, tt := range tests {
		if got := Related(tt.word); !slices.Contains(got, tt.want) {
			t.Errorf("Related(%q): got %q, want it to hold %q", tt.word, got, tt.want)
		}
	}
	if got, want := Forms("took"), []string{"take", "taken"}; !slices.Equal(got, want) {
		t.Errorf("Forms(took): got %q, want %q", got, want)
	}
	if got := Related("xqzv"); len(got) != 0 {
		t.Errorf("Related(xqzv): got %q, want none", got)
	}
}

func TestOpposites(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		{"buy", "sell"}, {"sold", "buy"}, {"keeps", "lose"}, {"west", "east"}, {"guilty", "innocent"},
	}
	for _, tt := range tests {
		if got := Opposites(tt.word); !contains(got, tt.want) {
			t.Errorf("Opposites(%q) = %v; want %q among them", tt.word, got, tt.want)
		}
	}
	if got := Opposites("court"); len(got) != 0 {
		t.Errorf("Opposites(court) = %v; want none", got)
	}
}
