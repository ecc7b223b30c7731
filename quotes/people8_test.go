package quotes

import "testing"

// TestPeopleEighthRound covers people the article names or describes in
// ways the seventh round's rules did not read. Every sentence is made up,
// in several styles: a court report, a lifeboat feature, a university
// press note, a sports report.
func TestPeopleEighthRound(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"post-nominal letters are no part of a name (court report)",
			[]string{
				"For the Crown, Ruth Addo KC told the jury the lights had never been tested.",
				"Defence barrister Simon Crane SC said the authority had followed every rule.",
				"“The lights were checked each spring,” Crane said.",
			},
			map[string][]string{"Ruth Addo": {"Ruth Addo"}, "Addo": {"Ruth Addo"}, "Ruth Addo KC": {"Ruth Addo"},
				"Simon Crane": {"Simon Crane"}, "Simon Crane SC": {"Simon Crane"}, "the defence barrister": {"Simon Crane"}},
			map[string]int{"Simon Crane": 1}},
		{"honours and degrees after a title and a name (feature, press note)",
			[]string{
				"The coxswain, Peter Linwood OBE MBE, has served the station for thirty years.",
				"“I have never seen a swell like it,” Linwood said.",
				"Dr Amara Selby PhD, a marine biologist at Keldmouth University, said: “It came from two directions at once.”",
				"Professor Hal Quint MSc FRCS declined to comment.",
			},
			map[string][]string{"Peter Linwood": {"Peter Linwood"}, "Linwood": {"Peter Linwood"}, "Peter Linwood MBE": {"Peter Linwood"},
				"the coxswain": {"Peter Linwood"}, "Amara Selby": {"Amara Selby"}, "Dr Selby": {"Amara Selby"}, "Hal Quint": {"Hal Quint"}},
			map[string]int{"Peter Linwood": 1, "Amara Selby": 1}},
		{"letters that are a name's own stay (sports report)",
			[]string{
				"Harwick FC beat the works team of Brennig AG 3-1 on Saturday.",
				"“We were sharper,” Harwick FC said in a statement.",
			},
			map[string][]string{"Harwick FC": {"Harwick FC"}, "Brennig AG": {"Brennig AG"}},
			map[string]int{"Harwick FC": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}
