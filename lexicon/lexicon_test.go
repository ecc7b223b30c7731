package lexicon

import (
	"strings"
	"testing"
)

// TestSetFilter checks that the filter before the map never hides a word:
// Has is true for every word of a set and agrees with the map on words that
// differ from them in case, length or first letter.
func TestSetFilter(t *testing.T) {
	sets := []Set{SpeechVerbs, Prepositions, FunctionWords, Titles, Negations, Generics, OrgNouns, roles, compoundRoles}
	for _, s := range sets {
		for w := range s.m {
			probes := []string{w, strings.ToUpper(w), strings.ToLower(w), w + "s", w[1:], "x" + w, w + strings.Repeat("a", 64)}
			for _, p := range probes {
				if got, want := s.Has(p), s.m[p]; got != want {
					t.Errorf("Has(%q) = %v, want %v", p, got, want)
				}
			}
		}
	}
	tests := []struct {
		set  Set
		w    string
		want bool
	}{
		{newSet("said says"), "said", true},
		{newSet("said says"), "sald", false},
		{newSet("said says"), "", false},
		{newSet("said says"), "sai", false},
		{Set{}, "said", false},
	}
	for _, tt := range tests {
		if got := tt.set.Has(tt.w); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
