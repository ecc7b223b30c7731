package randtext

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestStrings(t *testing.T) {
	parts := []string{"a", "“", "\xff"}
	got := Strings(rand.New(rand.NewPCG(1, 2)), 500, 6, parts)
	if len(got) != 500 {
		t.Fatalf("len = %d, want 500", len(got))
	}
	lengths := map[int]bool{}
	for _, s := range got {
		rest, n := s, 0
		for rest != "" {
			i := slices.IndexFunc(parts, func(p string) bool { return strings.HasPrefix(rest, p) })
			if i < 0 {
				t.Fatalf("%q is not made of %q", s, parts)
			}
			rest, n = rest[len(parts[i]):], n+1
		}
		if n >= 6 {
			t.Errorf("%q has %d parts, want fewer than 6", s, n)
		}
		lengths[n] = true
	}
	if len(lengths) != 6 {
		t.Errorf("part counts seen = %v, want every count 0..5", lengths)
	}
	if again := Strings(rand.New(rand.NewPCG(1, 2)), 500, 6, parts); !slices.Equal(got, again) {
		t.Error("the same seed gave different strings")
	}
}
