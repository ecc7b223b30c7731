package quotes

import (
	"slices"
	"testing"
)

// TestInitialsTitleBeforeUnknownName checks that two or three capitals
// before a name no dictionary knows are a title, as chess titles are
// written ("GM", "WGM", "IM"), not the first word of the name, and that a
// verb before the title ("beat") is no part of the role the title gives.
// Every line and name is made up.
func TestInitialsTitleBeforeUnknownName(t *testing.T) {
	_, ix := parse(t, "Orlenko takes the lead at the Harrowby Open",
		"GM Tavik Orlenko beat GM Selma Quarrington in the fourth round on Sunday.",
		"“It was a long game,” Orlenko said.",
		"On board two IM Bram Odelius drew with WGM Ilvane Torsk, who called it “a fair result”.")
	checkPeople(t, ix, map[string][]string{
		"Tavik Orlenko": {"Tavik Orlenko"}, "Orlenko": {"Tavik Orlenko"},
		"Ilvane Torsk": {"Ilvane Torsk"}, "Selma Quarrington": {"Selma Quarrington"},
	}, map[string]int{"Tavik Orlenko": 1, "Ilvane Torsk": 1})
	for _, s := range ix.Speakers() {
		if s.Name == "Selma Quarrington" && !slices.Equal(s.Roles, []string{"GM"}) {
			t.Errorf("roles of %s: got %q, want [GM]", s.Name, s.Roles)
		}
	}
}
