package quotes

import (
	"slices"
	"testing"
)

// TestOfficeForPortfolio checks that an office joined to its portfolio by
// "for" before a name is the holder's role, as one joined by "of" is
// (office.go officeLink): the name comes out bare and the office is found
// by its head, its portfolio and its initials. Every sentence and name is
// made up: a fisheries story, a provincial transport story, a tenants'
// story.
func TestOfficeForPortfolio(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		role  map[string]string
	}{
		{"a title, 'for' and a one-word portfolio (fisheries story)",
			[]string{
				"Minister for Fisheries Ilse Varga told reporters on Monday that the quota would stand.",
				"“We will not move an inch,” Varga said.",
			},
			map[string][]string{"Ilse Varga": {"Ilse Varga"}, "the minister": {"Ilse Varga"}, "the fisheries minister": {"Ilse Varga"},
				"the Minister for Fisheries": {"Ilse Varga"}},
			map[string]string{"Ilse Varga": "Minister for Fisheries"}},
		{"an office's initials, a role adjective and a two-word portfolio (transport story)",
			[]string{
				"Provincial MEC for Public Transport Thabo Nkosi toured the bus depot on Friday.",
				"“The buses will run by spring,” Nkosi said.",
			},
			map[string][]string{"Thabo Nkosi": {"Thabo Nkosi"}, "Nkosi": {"Thabo Nkosi"}, "the MEC": {"Thabo Nkosi"}, "MEC Nkosi": {"Thabo Nkosi"}},
			map[string]string{"Thabo Nkosi": "Provincial MEC for Public Transport"}},
		{"a noun for people modifying the portfolio's noun (tenants' story)",
			[]string{
				"Director for Tenant Welfare Oskar Brandt wrote to every flat in the block.",
				"“Nobody will be moved without notice,” Brandt said.",
			},
			map[string][]string{"Oskar Brandt": {"Oskar Brandt"}, "the director for tenant welfare": {"Oskar Brandt"}, "the director": {"Oskar Brandt"}},
			map[string]string{"Oskar Brandt": "Director for Tenant Welfare"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, nil)
			for name, role := range tt.role {
				i := slices.IndexFunc(ix.Speakers(), func(s Speaker) bool { return s.Name == name })
				if i < 0 {
					t.Errorf("no speaker %s in %v", name, ix.Speakers())
					continue
				}
				if roles := ix.Speakers()[i].Roles; !slices.Contains(roles, role) {
					t.Errorf("roles of %s: got %q, want %q among them", name, roles, role)
				}
			}
		})
	}
}

// TestOfficeOfBody checks that an office whose portfolio is a body's head
// word ("Member of Parliament", "Member of Congress") names no body of its
// own: set off before its holder, it is the holder's role, and "the MP"
// finds the holder alone (names.go classify). Made-up names: a housing
// story.
func TestOfficeOfBody(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The estate's Member of Parliament, Dr Oona Tay, said she had written to the housing board twice.",
		"“Nobody has answered me,” Tay said.")
	checkPeople(t, ix, map[string][]string{"the MP": {"Oona Tay"}, "the estate's Member of Parliament": {"Oona Tay"},
		"Member of Parliament": {"Oona Tay"}}, map[string]int{"Oona Tay": 1})
	for _, s := range ix.Speakers() {
		if s.Name == "Member of Parliament" {
			t.Errorf("the office is a speaker of its own: %v", s)
		}
	}
}
