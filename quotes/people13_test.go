package quotes

import "testing"

// TestPersonOfPlace checks that a person's name followed by "of" and a
// place made of common nouns ("Halvor Dunne of Mill Cove") stays a
// person's name, while a body named for what it does keeps its "of"
// ("Chamber of Commerce"). Every line and name is made up.
func TestPersonOfPlace(t *testing.T) {
	_, ix := parse(t, "Letters: where will the rowers go?",
		"Halvor Dunne of Mill Cove emailed to ask where the rowing club will train while the quay is shut.",
		"The Dunmore Chamber of Commerce said the works would take a year.")
	checkPeople(t, ix, map[string][]string{
		"Halvor Dunne": {"Halvor Dunne"}, "Dunne": {"Halvor Dunne"},
		"the chamber of commerce": {"Dunmore Chamber of Commerce"},
	}, nil)
}

// TestOfficeAfterName checks an office in title case set off after a
// name, a noun only a person can be then "of" ("Edwin Tolley, Rector of
// the Kelby Benefice,"). Every line and name is made up.
func TestOfficeAfterName(t *testing.T) {
	_, ix := parse(t, "Parishes to be grouped",
		"Several parishioners are unhappy. The Revd Canon Edwin Tolley, Rector of the Kelby Benefice of four parishes, who retires in June, said nobody would replace him.",
		"Nell Garrow, a churchwarden, said the meetings were packed.")
	checkPeople(t, ix, map[string][]string{"the rector": {"Edwin Tolley"}, "the churchwarden": {"Nell Garrow"}}, nil)
}

// TestVenerableAbbreviated checks that "the Ven." before a name ends no
// sentence, so the office set off before it is the name's. Every line and
// name is made up.
func TestVenerableAbbreviated(t *testing.T) {
	_, ix := parse(t, "Parishes to be grouped",
		"The Dean of Arts, the Ven. Hester Quaye, who leads the review panel, said every team would get larger.")
	checkPeople(t, ix, map[string][]string{"the dean": {"Hester Quaye"}, "the Dean of Arts": {"Hester Quaye"}}, nil)
}

// TestSharedJobBeforeName checks a job word with "co-" before a title and
// a name ("Co-investigator Dr Ines Mota") as a role, as the job word
// alone would be. Every line and name is made up.
func TestSharedJobBeforeName(t *testing.T) {
	_, ix := parse(t, "Inhaler trial",
		"Co-investigator Dr Ines Mota, of the Holm Institute, said the results were strong.")
	checkPeople(t, ix, map[string][]string{"the co-investigator": {"Ines Mota"}, "Dr Mota": {"Ines Mota"}}, nil)
}
