package quotes

import "testing"

// TestOfficeInitials checks that an office with its initials in brackets
// before a person's name gives the person both as roles, and that the
// initials alone later are that person, not someone named by the letters
// (role_initials.go). Every line and name is made up.
func TestOfficeInitials(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		finds map[string][]string
		said  map[string]int
	}{
		{"initials that speak later (harbour story)",
			[]string{
				"Regional Harbour Inspector (RHI) Dr Tomasz Pelletier said on Tuesday that the levy would stay.",
				"The RHI said the review would end in March. “We cannot run the docks on goodwill,” the RHI said.",
			},
			map[string][]string{"the RHI": {"Tomasz Pelletier"}, "the Regional Harbour Inspector": {"Tomasz Pelletier"},
				"RHI": {"Tomasz Pelletier"}, "Pelletier": {"Tomasz Pelletier"}},
			map[string]int{"Tomasz Pelletier": 1, "RHI": 0}},
		{"initials of an office whose holder only acts (orchard story)",
			[]string{
				"Assistant Plant Commissioner (APC) Mrs Odile Farquharson toured the orchards on Friday.",
				"Growers said the blight had spread to three farms.",
			},
			map[string][]string{"the APC": {"Odile Farquharson"}, "the Assistant Plant Commissioner": {"Odile Farquharson"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			checkPeople(t, ix, tt.finds, tt.said)
		})
	}
}
