package quotes

import (
	"reflect"
	"testing"
)

// TestFourteenthRoundMechanisms covers kinds of attribution the
// fourteenth round found failing on made-up articles written to probe the
// engine, each in made-up sentences.
func TestFourteenthRoundMechanisms(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a name set off after a description speaks, past the age after it",
			[]string{
				"Marta Lind, who runs the kiosk, said she was glad.",
				"One more rower, Priya, 10, said: “I learned to row on this lake.”",
			},
			[]string{"Priya: I learned to row on this lake."}},
		{"a name set off after a role with a complement speaks, not the body that owns the role",
			[]string{
				"Holbrook Estates said the old huts would be kept. “We know what the lake means,” Holbrook’s head of design, Gareth Pryce, said in an email.",
			},
			[]string{"Gareth Pryce: We know what the lake means"}},
		{"a body set off after its description speaks, past its initials in brackets",
			[]string{
				"The regional heritage body, the Office of Coastal Heritage (OCH), said in a statement that it would “review the plans with care”.",
			},
			[]string{"Office of Coastal Heritage: review the plans with care"}},
		{"a body's name may hold the French particle des",
			[]string{
				"The regional orchards body, the Institut Régional des Vergers (IRV), said it would “look again”.",
			},
			[]string{"Institut Régional des Vergers: look again"}},
		{"a given name alone with an age set off after it is a person, whom the next he means",
			[]string{
				"Her father, Colin Holt, printed the posters. “She did the hard work,” Mr Holt said.",
				"Tobias, 8, said the lake was where he first rowed a length. “I fell in twice,” he said.",
			},
			[]string{
				"Colin Holt: She did the hard work",
				"Tobias: I fell in twice",
			}},
		{"an ʻokina may open a capitalised name",
			[]string{
				"Radio Fetu reads out messages every evening.",
				"The station’s manager, ʻIlaisa Kupu-Mele, said the phones rang all day. “A man asked us to read out his news,” she said.",
			},
			[]string{"ʻIlaisa Kupu-Mele: A man asked us to read out his news"}},
		{"the company is the body the article called the company before its name, not one named inside the quotation",
			[]string{
				"The Skerry link is owned by Harbour Fibre Works.",
				"The company that operates the ferry service, Selkie Lines, said it had added capacity.",
				"“Crews from Harbour Fibre Works are on site,” the company said in a statement.",
			},
			[]string{"Selkie Lines: Crews from Harbour Fibre Works are on site"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBodyDescriptionRoles: a body's description set off before its name,
// by a relative clause or by a noun the lexicon does not list, is its
// role.
func TestBodyDescriptionRoles(t *testing.T) {
	a, ix := parse(t, "Headline",
		"The company that operates the ferry service, Selkie Lines, said it had added capacity.",
		"The regional orchards body, the Institut Régional des Vergers (IRV), said it would “look again”.")
	checkRoles(t, Roles(a, ix), map[string]string{
		"Selkie Lines":                  "company that operates the ferry service",
		"Institut Régional des Vergers": "regional orchards body",
	})
}
