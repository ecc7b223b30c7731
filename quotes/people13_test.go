package quotes

import "testing"

// TestPersonOfPlace checks that a person's name followed by "of" and a
// place made of common nouns ("Tomasz Brel of Harbour Point") stays a
// person's name, while a body named for what it does keeps its "of"
// ("Chamber of Commerce"). Every line and name is made up.
func TestPersonOfPlace(t *testing.T) {
	_, ix := parse(t, "Letters: where will the swimmers go?",
		"Tomasz Brel of Harbour Point wrote in to ask where the club will swim during the closure.",
		"The Dunmore Chamber of Commerce said the works would take a year.")
	checkPeople(t, ix, map[string][]string{
		"Tomasz Brel": {"Tomasz Brel"}, "Brel": {"Tomasz Brel"},
		"the chamber of commerce": {"Dunmore Chamber of Commerce"},
	}, nil)
}

// TestOfficeAfterName checks an office in title case set off after a
// name, a noun only a person can be then "of" ("Ivo Pellam, Rector of the
// Ashby Benefice,"). Every line and name is made up.
func TestOfficeAfterName(t *testing.T) {
	_, ix := parse(t, "Parishes to be grouped",
		"The plan has been met with dismay. The Revd Canon Ivo Pellam, Rector of the Ashby Benefice of five parishes, who is due to retire in May, said his post would not be filled.",
		"Nell Garrow, a churchwarden, said the meetings were packed.")
	checkPeople(t, ix, map[string][]string{"the rector": {"Ivo Pellam"}, "the churchwarden": {"Nell Garrow"}}, nil)
}

// TestVenerableAbbreviated checks that "the Ven." before a name ends no
// sentence, so the office set off before it is the name's. Every line and
// name is made up.
func TestVenerableAbbreviated(t *testing.T) {
	_, ix := parse(t, "Parishes to be grouped",
		"The Dean of Arts, the Ven. Mira Oyelowo, who chairs the working group, said each team would grow.")
	checkPeople(t, ix, map[string][]string{"the dean": {"Mira Oyelowo"}, "the Dean of Arts": {"Mira Oyelowo"}}, nil)
}

// TestSharedJobBeforeName checks a job word with "co-" before a title and
// a name ("Co-investigator Dr Ines Mota") as a role, as the job word
// alone would be. Every line and name is made up.
func TestSharedJobBeforeName(t *testing.T) {
	_, ix := parse(t, "Inhaler trial",
		"Co-investigator Dr Ines Mota, of the Holm Institute, said the results were strong.")
	checkPeople(t, ix, map[string][]string{"the co-investigator": {"Ines Mota"}, "Dr Mota": {"Ines Mota"}}, nil)
}
