package quotes

import "testing"

// TestCompanyLegalForms checks that a legal form before a company's name
// ("PT", "PJSC") makes it an organisation that keeps the form, not a
// person with a title, and that one written in lower case after the name
// ("hf.", "inc.") ends the name. The lines are made up.
func TestCompanyLegalForms(t *testing.T) {
	_, ix := parse(t,
		"Smelter shuts",
		"PT Sinar Logam Raya, which runs the smelter, said output would fall.",
		"Work stopped at the cannery Brimfoss hf., which employs most of the harbour.",
		"Ola Berg, who runs it, says 40 staff went home.",
		"The tribunal ruled that Maisons Carignan inc. must repay the deposits.",
	)
	for _, c := range []struct {
		query, want string
		kind        Kind
	}{
		{"PT Sinar Logam Raya", "PT Sinar Logam Raya", Organisation},
		{"Sinar Logam Raya", "PT Sinar Logam Raya", Organisation},
		{"Brimfoss hf.", "Brimfoss hf", Organisation},
		{"Brimfoss", "Brimfoss hf", Organisation},
		{"Maisons Carignan", "Maisons Carignan inc.", Organisation},
	} {
		sp := ix.Find(c.query).Speakers
		if len(sp) != 1 || sp[0].Name != c.want || sp[0].Kind != c.kind {
			t.Errorf("Find(%q): got %+v, want %s, %v", c.query, sp, c.want, c.kind)
		}
	}
}

// TestFindWithoutLegalForm looks a company up with a legal form the
// article does not write, after its name or before it. The lines are
// made up.
func TestFindWithoutLegalForm(t *testing.T) {
	_, ix := parse(t,
		"Brewery sold",
		"Halden Bryggeri has sold its malt house to a rival brewer.",
		"Sinar Logam Raya, which runs the smelter, said output would fall.",
	)
	for _, c := range []struct{ query, want string }{
		{"Halden Bryggeri SA", "Halden Bryggeri"},
		{"Halden Bryggeri Ltd.", "Halden Bryggeri"},
		{"PT Sinar Logam Raya", "Sinar Logam Raya"},
	} {
		if got := findNames(ix, c.query); len(got) != 1 || got[0] != c.want {
			t.Errorf("Find(%q): got %q, want %s", c.query, got, c.want)
		}
	}
}
