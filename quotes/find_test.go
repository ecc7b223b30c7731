package quotes

import (
	"slices"
	"testing"
)

func TestFind(t *testing.T) {
	_, ix := parse(t,
		"Mayor Jane Doe praised the vote. “This is the day,” Doe said.",
		"Councilmember Luis Ortega, who chairs the council's transportation committee, said the vote was overdue.",
		"City Manager Priya Raman told the council that loading zones would be added.",
		"Lutovia’s foreign minister, Tomasz Kovač, called it ‘a first step’.",
		"Mila Kovač, an opposition MP in Lutovia, criticised the deal as ‘a surrender’.",
		"Chief Financial Officer Arjun Mehta said revenue would rise.",
		"Halvmark Vand, the regional water company, said prices would rise.",
		"Dr Halina Brzęczek, who studies the region, said the dispute had been ‘a proxy for older grievances’.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"Jane Doe", []string{"Jane Doe"}},
		{"Mayor Jane Doe", []string{"Jane Doe"}},
		{"the mayor", []string{"Jane Doe"}},
		{"Jnae Doe", []string{"Jane Doe"}}, // a swap in a short first name
		{"Councilmember Ortega", []string{"Luis Ortega"}},
		{"the committee's chair", []string{"Luis Ortega"}},
		{"Ortga", []string{"Luis Ortega"}},
		{"the city manager", []string{"Priya Raman"}},
		{"Ramen", []string{"Priya Raman"}}, // one edit in five letters
		{"Kovac", []string{"Tomasz Kovač", "Mila Kovač"}},
		{"Mila Kovac", []string{"Mila Kovač"}},
		{"Milla", []string{"Mila Kovač"}},
		{"the foreign minister", []string{"Tomasz Kovač"}},
		{"the opposition MP", []string{"Mila Kovač"}},
		{"CFO", []string{"Arjun Mehta"}},
		{"Metha", []string{"Arjun Mehta"}},
		{"the water company", []string{"Halvmark Vand"}},
		{"Halvmark", []string{"Halvmark Vand"}},
		{"Dr Halina Brzeczek", []string{"Halina Brzęczek"}},
		{"Brzę", []string{"Halina Brzęczek"}}, // a prefix
		{"Napoleon", nil},
		{"the judge", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := findNames(ix, tt.query)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if m := ix.Find("Jhn Dooe"); len(m.Speakers) != 0 || len(m.Suggestions) == 0 {
		t.Errorf("Jhn Dooe: got %v with suggestions %v, want none with suggestions", m.Speakers, m.Suggestions)
	}
	for _, s := range ix.Speakers() {
		if s.Name == "Luis Ortega" && !slices.Contains(s.Roles, "chair of the council's transportation committee") {
			t.Errorf("Luis Ortega's roles: got %q, want the committee chair among them", s.Roles)
		}
	}
}

func TestSuggestMatchesRoles(t *testing.T) {
	_, ix := parse(t, "Mayor Jane Doe praised the vote. “This is the day,” Doe said.", "“We will see,” said Tom Hart, a council member.")
	got := ix.Suggest("may", 5)
	if len(got) == 0 || got[0].Name != "Jane Doe" {
		t.Errorf("Suggest(may): got %v, want Jane Doe first", got)
	}
}
