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
