package lexicon

import (
	"slices"
	"testing"
)

func TestConverses(t *testing.T) {
	for _, tc := range []struct {
		verb string
		want []string
		not  []string
	}{
		{"bought", []string{"sell"}, nil},
		{"won", []string{"award", "lose"}, []string{"win"}},
		{"borrows", []string{"lend"}, nil},
		{"sold", nil, []string{"buy"}}, // the doer of "sell" stands before it, not after "to"
		{"painted", nil, nil},
	} {
		got := Converses(tc.verb)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("Converses(%q) = %v, want it to hold %q", tc.verb, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("Converses(%q) = %v, want no %q", tc.verb, got, w)
			}
		}
		if tc.want == nil && len(got) > 0 {
			t.Errorf("Converses(%q) = %v, want none", tc.verb, got)
		}
	}
}
