package quotes

import "testing"

// TestApposedNamePredicate covers a name set off by commas after a
// description ("The parish clerk, Mwalimu Peter Wanjala, closed the
// council"): what follows the second comma is the sentence's predicate,
// so a body's noun in it ("council", "board") does not make the name an
// organisation's, and an honorific before it is still taken off. Every
// sentence is made up.
func TestApposedNamePredicate(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"a council in the predicate",
			[]string{
				"The parish clerk, Mwalimu Peter Wanjala, closed the council for the holidays.",
				"“The roof can wait until March,” Wanjala said.",
			},
			map[string][]string{"Peter Wanjala": {"Peter Wanjala"}, "Mwalimu Peter Wanjala": {"Peter Wanjala"}},
			map[string]int{"Peter Wanjala": 1}},
		{"a board in the predicate",
			[]string{
				"The club's treasurer, Mzee Samuel Chebet, addressed the board on Monday.",
				"“We can pay the groundsman,” Chebet said.",
			},
			map[string][]string{"Samuel Chebet": {"Samuel Chebet"}, "Mzee Samuel Chebet": {"Samuel Chebet"}},
			map[string]int{"Samuel Chebet": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}
