package quotes

import (
	"slices"
	"testing"
)

// TestPluralTitle checks that a plural title written once before a list of
// names ("Justices Ann Lee, Tom Berg and Ivo Marsh") is no part of the first
// name, and that the first name holds the title in the singular. Made-up
// names: an appeal court story.
func TestPluralTitle(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Justices Ann Lewin, Tom Berg and Ivo Marsh heard the appeal in March.",
		"“A permit is not a promise,” Lewin wrote for the bench.")
	checkPeople(t, ix, map[string][]string{"Ann Lewin": {"Ann Lewin"}, "Justice Lewin": {"Ann Lewin"}, "Lewin": {"Ann Lewin"}},
		map[string]int{"Ann Lewin": 1})
	for _, s := range ix.Speakers() {
		if s.Name == "Justices Ann Lewin" {
			t.Errorf("the plural title is kept in the name: %v", s)
		}
		if s.Name == "Ann Lewin" && !slices.Contains(s.Roles, "Justice") {
			t.Errorf("roles of Ann Lewin: got %q, want Justice among them", s.Roles)
		}
	}
}
