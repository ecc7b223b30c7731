package quotes

import "testing"

// TestNicknameInBracketsAndLookups: a nickname given in brackets after a
// name ("(nickname Duck)") is the person's, and a lookup that writes the
// nickname in marks inside the name finds the person, as the article's
// own "Ann ‘Tiny’ Lee" does.
func TestNicknameInBracketsAndLookups(t *testing.T) {
	_, ix := parse(t, "Headline",
		"The suspected organiser, Teodor Vasquel (nickname Duck), 29, a former courier, was held overnight.",
		"Sgt Marra “Dusty” Quillon, the arresting officer, said the van was “full to the roof with parcels”.")
	checkPeople(t, ix, map[string][]string{
		"Duck":                  {"Teodor Vasquel"},
		`Teodor "Duck" Vasquel`: {"Teodor Vasquel"},
		`Marra "Dusty" Quillon`: {"Marra Quillon"},
		"Marra ‘Dusty’ Quillon": {"Marra Quillon"},
		"Dusty":                 {"Marra Quillon"},
	}, map[string]int{"Marra Quillon": 1})
}
