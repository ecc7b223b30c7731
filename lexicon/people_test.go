package lexicon

import (
	"slices"
	"testing"
)

func TestIsRole(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"mayor", true},
		{"councilmember", true}, // compound ending in a role noun
		{"Spokesperson", true},
		{"hydrologist", true}, // agent suffix
		{"historian", true},
		{"MP", true},  // an abbreviation of a role
		{"cfo", true}, // likewise
		{"insist", false},
		{"christian", false},
		{"member", true},
		{"remember", false}, // too short a stem before "member"
		{"water", false},
	}
	for _, tt := range tests {
		if got := IsRole(tt.w); got != tt.want {
			t.Errorf("IsRole(%q): got %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestIsTitleWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Mayor", true},
		{"Dr.", true},
		{"Councilmember", true},
		{"Hydrologist", true},
		{"Okonkwo", false},
		{"mayor", false}, // a title before a name is capitalised
	}
	for _, tt := range tests {
		if got := IsTitleWord(tt.w); got != tt.want {
			t.Errorf("IsTitleWord(%q): got %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	if got, want := Expand("cfo"), []string{"chief", "financial", "officer"}; !slices.Equal(got, want) {
		t.Errorf("Expand(cfo): got %q, want %q", got, want)
	}
	if got := Abbreviating("governor"); !slices.Contains(got, "gov") {
		t.Errorf("Abbreviating(governor): got %q, want it to hold gov", got)
	}
}

func TestLongEnough(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"war on cars", true}, {"water budget", false}, {"", false},
		// A dash or a mark standing alone is no word; "02!2" is one.
		{"yes — no", false}, {"2 ! 0002", false}, {"02!2 2", false}, {"it's 9-5 now", true},
	} {
		if got := LongEnough(tt.s); got != tt.want {
			t.Errorf("LongEnough(%q): got %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestCountCompoundIsNoRole keeps "ten-woman Rovers" and "a two-man crew"
// from naming a person: a count opens the compound, not a rank.
func TestCountCompoundIsNoRole(t *testing.T) {
	for w, want := range map[string]bool{"ten-woman": false, "two-man": false, "11-man": false, "co-founder": true, "spokeswoman": true} {
		if got := IsRole(w); got != want {
			t.Errorf("IsRole(%q): got %v, want %v", w, got, want)
		}
	}
}
