package quotes

import (
	"slices"
	"testing"
)

// TestRoleOfOwnedUnit checks that "The head of the agency's audit unit,
// NAME," keeps "head of": a complement with an owner's possessive is a
// word longer than one without. The lines are made up.
func TestRoleOfOwnedUnit(t *testing.T) {
	_, ix := parse(t,
		"Grain stores run low",
		"The district grain board cut rations on Monday.",
		"The head of the board's audit unit, Tom Reyes, was cautious: “It is an estimate and it may change by spring.”",
		"The leader of the party's youth wing, Ms. Ana Ruiz, a teacher in Orba, called the cut “small but painful for every family”.",
	)
	for _, c := range []struct{ query, want, role string }{
		{"the head of the audit unit", "Tom Reyes", "head of the board's audit unit"},
		{"the youth wing leader", "Ana Ruiz", "leader of the party's youth wing"},
	} {
		sp := ix.Find(c.query).Speakers
		if len(sp) != 1 || sp[0].Name != c.want {
			t.Errorf("Find(%q): got %v, want %s", c.query, sp, c.want)
			continue
		}
		if !slices.Contains(sp[0].Roles, c.role) {
			t.Errorf("Find(%q): roles %q, want %q among them", c.query, sp[0].Roles, c.role)
		}
	}
}

// TestTitleOfBodyAfterName checks that a titled name followed by "of" and
// a body's name or, set off by commas, a phrase, is that body's title
// holder, shown first, and still found by the bare title. The lines are
// made up.
func TestTitleOfBodyAfterName(t *testing.T) {
	_, ix := parse(t,
		"Flood rescues continue",
		"The river rose overnight and closed both bridges.",
		"Capt. Rosa Diaz of Harl County Fire Rescue told reporters that two boats were still out on the flats. “People waited too long,” Diaz said.",
		"Det. Sgt. Ann Roe, of the force's fraud unit, said the missing pump had “simply been sold for scrap by someone”.",
	)
	for _, c := range []struct{ query, want, role string }{
		{"the captain", "Rosa Diaz", "Captain of Harl County Fire Rescue"},
		{"the detective sergeant", "Ann Roe", "Detective Sergeant of the force's fraud unit"},
	} {
		sp := ix.Find(c.query).Speakers
		if len(sp) != 1 || sp[0].Name != c.want {
			t.Errorf("Find(%q): got %v, want %s", c.query, sp, c.want)
			continue
		}
		if len(sp[0].Roles) == 0 || sp[0].Roles[0] != c.role {
			t.Errorf("Find(%q): roles %q, want %q first", c.query, sp[0].Roles, c.role)
		}
	}
}

// TestAcronymAsCommonNoun checks that an acronym after "a", "an", a
// possessive or a figure is a common noun or a unit, no body: "a
// Lagos-based NGO" describes the body before it, "0415 GMT" is a time.
// The lines are made up.
func TestAcronymAsCommonNoun(t *testing.T) {
	_, ix := parse(t,
		"Depot fire",
		"The fire at the fuel depot run by Norvale Petroleum started at 0415 GMT on Sunday.",
		"Tidewatch, a Lagos-based NGO, said the depot had leaked before. “We warned them twice,” said Ada Obi, its director.",
		"“We are looking into the cause,” Norvale Petroleum said in a statement.",
	)
	for _, s := range ix.Speakers() {
		if s.Name == "GMT" || s.Name == "NGO" {
			t.Errorf("speaker %q: an acronym used as a common noun or a unit is no body", s.Name)
		}
	}
	if sp := ix.Find("the NGO").Speakers; len(sp) != 1 || sp[0].Name != "Tidewatch" {
		t.Errorf("Find(the NGO): got %v, want Tidewatch", sp)
	}
}
