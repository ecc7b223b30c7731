package quotes

import (
	"slices"
	"strings"
	"testing"

	"articlebot/article"
)

// TestBylineByDate checks that a name set over the story with a date,
// on its line or on the line below, is the writer's byline even when the
// lexicon does not know the given name. Every line is made up.
func TestBylineByDate(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"a date after the comma", []string{"Flood barrier delayed again", "Maelis Quarrendt, 3 May 2026",
			"The barrier will open a year late. “It is a blow,” said Tom Reed, who farms on the river."}, "Maelis Quarrendt"},
		{"a name alone over a date", []string{"Flood barrier delayed again", "Ásgerður Þórsdóttir", "3 May 2026 at 09:40",
			"The barrier will open a year late. “It is a blow,” said Tom Reed, who farms on the river."}, "Ásgerður Þórsdóttir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse("test", []byte(strings.Join(tt.paras, "\n\n")))
			if err != nil {
				t.Fatal(err)
			}
			ix := Build(a)
			if got := findNames(ix, "the reporter"); !slices.Equal(got, []string{tt.want}) {
				t.Errorf("Find(the reporter): got %q, want %s", got, tt.want)
			}
			if got := findNames(ix, "Tom Reed"); !slices.Equal(got, []string{"Tom Reed"}) {
				t.Errorf("Find(Tom Reed): got %q", got)
			}
		})
	}
}

// TestOwnerAcrossParagraphs checks that "Its director, NAME," opening a
// paragraph is the director of the body the paragraph before opens with,
// not of another named later. The lines are made up.
func TestOwnerAcrossParagraphs(t *testing.T) {
	_, ix := parse(t,
		"Dam warnings ignored, campaigners say",
		"Harrow Water Watch, a campaign group, said its review for the Tarnby District Council had listed the dam among those at risk.",
		"Its director, Dr Ann Lee, said: “A dam does not fail in one morning.”",
	)
	for _, q := range []string{"the director of Harrow Water Watch", "the director"} {
		if got := findNames(ix, q); !slices.Equal(got, []string{"Ann Lee"}) {
			t.Errorf("Find(%q): got %q, want Ann Lee", q, got)
		}
	}
}

// TestRoleInPresentPerfect checks that a relative clause in the present
// perfect gives a role as the present does ("who has long been treasurer
// of the allotment society", "who has worked as a welder in the shipyard
// for nine years"), without the phrase of time. The lines are made up.
func TestRoleInPresentPerfect(t *testing.T) {
	_, ix := parse(t,
		"Storm floods the harbour road",
		"“The plots were under a foot of water,” said Oren Vale, who has long been treasurer of the allotment society.",
		"Pia Lund, who has worked as a welder in the shipyard for nine years, lost her van in the storm.",
		"“It was parked where it always is,” Lund said.",
	)
	tests := map[string]string{"the society's treasurer": "Oren Vale", "the treasurer": "Oren Vale", "the welder": "Pia Lund"}
	for q, want := range tests {
		m := ix.Find(q)
		if len(m.Speakers) != 1 || m.Speakers[0].Name != want {
			t.Errorf("Find(%q): got %v, want %s", q, m.Speakers, want)
			continue
		}
		for _, r := range m.Speakers[0].Roles {
			if strings.Contains(r, "since") || strings.Contains(r, "years") {
				t.Errorf("%s: role %q keeps the phrase of time", want, r)
			}
		}
	}
}

// TestLookupWithWithheldName checks that a lookup which says why a source
// is not named ("a deckhand who asked not to be named") finds the source
// the article describes, however it words the reason. The lines are made
// up.
func TestLookupWithWithheldName(t *testing.T) {
	_, ix := parse(t,
		"Ferry crews walk out",
		"The crews stopped work at noon. One deckhand, who would not give his name, said the rota had been changed without warning. “We heard it on the radio,” said Ivo Brandt, a captain.",
		"A nurse at the port clinic who declined to be identified because staff may not talk to the press said two crew had been treated for exhaustion.",
		"A ticket clerk, speaking anonymously, said sailings were cancelled until Friday.",
	)
	tests := map[string]string{
		"a deckhand who asked not to be named":          "a deckhand",
		"the nurse who did not want to be identified":   "a nurse at the port clinic",
		"the clerk who spoke on condition of anonymity": "a ticket clerk",
	}
	for q, want := range tests {
		if got := findNames(ix, q); !slices.Equal(got, []string{want}) {
			t.Errorf("Find(%q): got %q, want %s", q, got, want)
		}
	}
}
