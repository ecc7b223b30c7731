package quotes

import "testing"

// A job written in lower case before a name is the person's first role,
// before the description an apposition adds.
func TestJobBeforeNameIsFirstRole(t *testing.T) {
	_, ix := parse(t,
		`The depot reopened on Monday.`,
		`Night nurse Tilda Marsh, a member for six years, said the deal was "a step back for patients."`,
	)
	for _, s := range ix.Speakers() {
		if s.Name != "Tilda Marsh" {
			continue
		}
		if len(s.Roles) == 0 || s.Roles[0] != "Night nurse" {
			t.Errorf("Tilda Marsh's roles: got %q, want \"Night nurse\" first", s.Roles)
		}
		return
	}
	t.Errorf("Tilda Marsh not among the speakers %v", ix.Speakers())
}
