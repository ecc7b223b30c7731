package quotes

import "testing"

// TestBodyNamedByNoun checks that a name set right after a noun for a
// kind of body ("the charity Little Lanterns Aid", "the folk band Copper
// Kettles") is an organisation's, described by the noun and its
// modifiers, and that a lookup by that description finds it. The lines
// are made up.
func TestBodyNamedByNoun(t *testing.T) {
	_, ix := parse(t,
		"Mill closure angers town",
		"The environmental group Silver Fen Watch blamed the owners for years of neglect.",
		"Tomas Riba, who runs the charity Little Lanterns Aid, warned families would suffer.",
		"The folk band Copper Kettles played outside the gates.",
		"The newspaper La Voz de Brennock reported the sale in May.",
	)
	for _, c := range []struct{ query, want string }{
		{"the environmental group", "Silver Fen Watch"},
		{"the charity", "Little Lanterns Aid"},
		{"the band", "Copper Kettles"},
		{"the folk band", "Copper Kettles"},
		{"the newspaper", "La Voz de Brennock"},
	} {
		sp := ix.Find(c.query).Speakers
		if len(sp) != 1 || sp[0].Name != c.want || sp[0].Kind != Organisation {
			t.Errorf("Find(%q): got %+v, want the organisation %s", c.query, sp, c.want)
		}
	}
}

// TestBodyNamedSpeaks checks that a body introduced by its noun speaks
// under its name across a relative clause ("The union Metallwerk Zwei,
// which …, said"), not as the unnamed "the union". The lines are made up.
func TestBodyNamedSpeaks(t *testing.T) {
	_, ix := parse(t,
		"Plant to shed jobs",
		"The plant will cut 200 jobs, its owners said.",
		"The union Metallwerk Zwei, which represents most of the staff, told members on Monday the scheme was ‘a cynical trick dressed as reform’ and called a rally.",
	)
	qs := ix.Quotes()
	if len(qs) != 1 || qs[0].Speaker != "Metallwerk Zwei" {
		t.Errorf("got %+v, want one quotation by Metallwerk Zwei", qs)
	}
}

// TestHeadEndsBodyName checks that "and" after an organisation's head
// starts another body's name: "the Harbour Research Foundation and Little
// Lanterns Aid" are two. The lines are made up.
func TestHeadEndsBodyName(t *testing.T) {
	_, ix := parse(t,
		"Study funded",
		"Tomas Riba, who runs the charity Little Lanterns Aid, praised the results.",
		"Money for the trial came from the Harbour Research Foundation and Little Lanterns Aid.",
	)
	for _, q := range []string{"Little Lanterns Aid", "the charity"} {
		if got := findNames(ix, q); len(got) != 1 || got[0] != "Little Lanterns Aid" {
			t.Errorf("Find(%q): got %q, want Little Lanterns Aid", q, got)
		}
	}
}

// TestApposedComplementHead checks that a noun no list knows as a role
// heads a description with a complement set off before a person's name:
// "The headteacher of Carreg School, Elin Rhosier, wrote". The lines are
// made up.
func TestApposedComplementHead(t *testing.T) {
	_, ix := parse(t,
		"Quarry plan",
		"The plan was approved on Tuesday.",
		"The headteacher of Carreg School, Elin Rhosier, wrote to the council to object.",
	)
	sp := ix.Find("Elin Rhosier").Speakers
	if len(sp) != 1 || len(sp[0].Roles) == 0 || sp[0].Roles[0] != "headteacher of Carreg School" {
		t.Errorf("got %+v, want Elin Rhosier, headteacher of Carreg School", sp)
	}
}
