package quotes

import (
	"slices"
	"testing"
)

// TestCompoundDegreeTitles: abbreviated degrees joined by ".-" before a
// name ("Dr.-Ing.", "Dipl.-Ing.") are one title, never a person, and their
// period ends no sentence; the office before them is the person's role.
func TestCompoundDegreeTitles(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Plant Manager Dipl.-Ing. Hedda Lorentzen, 47, told the night shift: ‘We restart the kiln on Monday and not a day sooner.’",
		"Research Director Dr.-Ing. Bruno Kastell said the sensors were ‘older than the apprentices reading them’.",
		"Dr.-Ing. Kastell added that a new batch was on order.")
	for _, s := range ix.Speakers() {
		if s.Name != "Hedda Lorentzen" && s.Name != "Bruno Kastell" {
			t.Errorf("got a speaker %q, want only Hedda Lorentzen and Bruno Kastell", s.Name)
		}
	}
	checkPeople(t, ix, map[string][]string{
		"the plant manager":          {"Hedda Lorentzen"},
		"the research director":      {"Bruno Kastell"},
		"Dr.-Ing. Kastell":           {"Bruno Kastell"},
		"Dipl.-Ing. Hedda Lorentzen": {"Hedda Lorentzen"},
	}, map[string]int{"Hedda Lorentzen": 1, "Bruno Kastell": 1})
	for _, s := range ix.Speakers() {
		if s.Name == "Bruno Kastell" && !slices.Contains(s.Roles, "Research Director") {
			t.Errorf("roles of Bruno Kastell: got %q, want Research Director without the degree", s.Roles)
		}
	}
}
