package quotes

import (
	"slices"
	"testing"
)

// TestCommonWordSurnames checks that a surname the article also writes
// as a common word ("Too", "Said") still closes a name capitalised inside
// its sentence after a given name and set off by punctuation, that
// letters set off by commas after such a name are no organisation of
// their own, and that a lookup with the letters finds the person. A noun
// closing a place's name set off the same way ("Marlow Baths,") makes no
// person of it. Every line and name is made up.
func TestCommonWordSurnames(t *testing.T) {
	_, ix := parse(t, "Court orders channels closed",
		"The bench of Justices Mumbua Kariuki, Tom Oyier and Zawadi Said, JJ.A, was unanimous.",
		"The authority's acting director, Wanjiru Kamau Too, OGW, welcomed the ruling. “This is a fair ruling,” she said.",
		"The Friends of Marlow Baths, which has 400 members, wants the baths open too.")
	checkPeople(t, ix, map[string][]string{
		"Zawadi Said": {"Zawadi Said"}, "Wanjiru Kamau Too": {"Wanjiru Kamau Too"},
		"Wanjiru Kamau Too OGW": {"Wanjiru Kamau Too"}, "Zawadi Said JJA": {"Zawadi Said"},
	}, map[string]int{"Wanjiru Kamau Too": 1})
	for _, s := range ix.Speakers() {
		if slices.Contains([]string{"OGW", "JJ", "JJ.A", "Marlow Baths"}, s.Name) {
			t.Errorf("speaker %q: letters after a name or a place's name are no one", s.Name)
		}
	}
}
