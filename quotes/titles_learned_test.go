package quotes

import "testing"

// TestLearnedTitles covers titles no list knows, found from how the
// article names the person again (learnTitles): a word dropped before the
// full name, a word kept before the surname when the given name is
// dropped, a word that is no given name before a common given name, and
// a learned title before another person's name. A given name the article
// drops is kept. Two styles: a parish report and a village feature; every
// sentence is made up.
func TestLearnedTitles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"a word dropped before the full name is a title",
			[]string{
				"Mwalimu Joseph Otieno, who runs the reading club, said the roof leaks.",
				"“We put buckets under the shelves,” Joseph Otieno said.",
			},
			map[string][]string{"Joseph Otieno": {"Joseph Otieno"}, "Otieno": {"Joseph Otieno"}, "Mwalimu Joseph Otieno": {"Joseph Otieno"}},
			map[string]int{"Joseph Otieno": 1}},
		{"a word kept before the surname, and learned for a second person",
			[]string{
				"Mzee Daniel Kiprop opened the meeting at the chief's camp.",
				"“The borehole has been dry since March,” Mzee Kiprop said.",
				"Mzee Kipchumba Rotich, his neighbour, disagreed. “It dries every year,” Rotich said.",
			},
			map[string][]string{"Daniel Kiprop": {"Daniel Kiprop"}, "Mzee Kiprop": {"Daniel Kiprop"}, "Kipchumba Rotich": {"Kipchumba Rotich"}},
			map[string]int{"Daniel Kiprop": 1, "Kipchumba Rotich": 1}},
		{"no given name before a common given name",
			[]string{
				"The treasurer, Nyabo Grace Achieng, read the accounts.",
				"“We owe the builder nothing,” Achieng said.",
			},
			map[string][]string{"Grace Achieng": {"Grace Achieng"}, "Achieng": {"Grace Achieng"}},
			map[string]int{"Grace Achieng": 1}},
		{"a given name the article drops stays in the name",
			[]string{
				"Mary Ellen Korver chairs the parish council.",
				"“The hall stays open,” Ellen Korver said.",
			},
			map[string][]string{"Mary Ellen Korver": {"Mary Ellen Korver"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}
