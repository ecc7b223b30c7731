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

func TestPhrase(t *testing.T) {
	tests := []struct {
		words []string
		want  string // "" for no phrase
	}{
		{[]string{"stepping", "down"}, "resign"},
		{[]string{"laid", "off"}, "furlough"},
		{[]string{"looked", "into"}, "investigate"},
		{[]string{"put", "off"}, "postpone"}, // a third sense, past the single words' cap
		{[]string{"pulls", "back"}, "withdraw"},
		{[]string{"the", "council"}, ""},
		{[]string{"ice", "cream"}, ""}, // nouns' phrases are left out
		{[]string{"step"}, ""},
	}
	for _, tt := range tests {
		got := Phrase(tt.words...)
		if tt.want == "" && len(got) != 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("Phrase(%q): got %q, want %q", tt.words, got, tt.want)
		}
	}
}

func TestDerived(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		{"spoke", "speaker"},       // by the base of an irregular form
		{"punished", "punishment"}, // verb to noun
		{"signatures", "sign"},     // noun to verb
		{"publishes", "publication"},
	}
	for _, tt := range tests {
		if got := Derived(tt.word); !slices.Contains(got, tt.want) {
			t.Errorf("Derived(%q): got %q, want it to hold %q", tt.word, got, tt.want)
		}
	}
	// Derivation is not synonymy: "speak" has no derived "talk".
	if got := Derived("speak"); slices.Contains(got, "talk") {
		t.Errorf("Derived(speak): got %q, want no synonym among them", got)
	}
}
