package quotes

import (
	"reflect"
	"slices"
	"testing"
)

// TestSourcesAndTitlesByMechanism covers the mechanisms the fourth round
// was told the blind set fails on (a job word before a name, an
// organisation named for what it does, unnamed sources with a place or a
// clause, one-word titles and terms kept at a distance), each in made-up
// sentences: no sentence here comes from an eval article.
func TestSourcesAndTitlesByMechanism(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a job word WordNet knows as a person's and never as a name is a role",
			[]string{
				"Forecaster Jane Doerring said the rain would stall over the hills. “We have not seen this in a decade,” Doerring said.",
				"Reader Tom Axelby wrote to complain about the drains. “Nobody has cleared them,” Axelby said.",
			},
			[]string{"Jane Doerring: We have not seen this in a decade", "Tom Axelby: Nobody has cleared them"}},
		{"an organisation named for what it does, cut at no 'of'",
			[]string{"The Marlow Vale Chamber of Commerce said shops had lost a week of trade. “Every closed day costs our members,” the chamber said."},
			[]string{"Marlow Vale Chamber of Commerce: Every closed day costs our members"}},
		{"an unnamed source keeps the place it is described with",
			[]string{"A senior official at the department, who was not authorised to speak, said the budget was spent. “There is nothing left,” the official said."},
			[]string{"a senior official at the department: There is nothing left"}},
		{"a noun that also names a kind of business is a person before who",
			[]string{
				"A crane operator, who asked not to be named because he feared for his job, said the brakes had failed twice.",
				"Union organiser Dan Pereira said members would meet on Friday.",
				"“We warned them in March,” the crane operator said.",
			},
			[]string{"a crane operator: We warned them in March"}},
		{"a source with a place, spoken of later by its noun",
			[]string{
				"A dock worker at the quay who did not want to be identified said the lights had failed. Dr. Mina Holt treated two men.",
				"“Nobody could see the hook,” the dock worker said.",
			},
			[]string{"a dock worker at the quay: Nobody could see the hook"}},
		{"a description after an inverted verb or according to, not the person named nearby",
			[]string{
				"Forecaster Lena Park said the wind would drop by noon.",
				"“Nobody told us anything,” said a resident of Elm Street who declined to give her name.",
				"“The levee held,” according to a senior official at the water board who was not authorised to comment.",
				"“We stopped the cranes at midnight,” said one crane operator, who asked not to be named.",
			},
			[]string{"a resident of Elm Street: Nobody told us anything", "a senior official at the water board: The levee held",
				"a crane operator: We stopped the cranes at midnight"}},
		{"a participle set off after the place keeps the place",
			[]string{"A senior official at the state flood agency, speaking on condition of anonymity, said crews were stretched. “We are moving people as fast as we can,” the official said."},
			[]string{"a senior official at the state flood agency: We are moving people as fast as we can"}},
		{"an inverted said with the speaker's office after the name",
			[]string{"Ann Lee runs the depot.", "“The frost will last until Friday,” said Forecaster Jane Doerring of the regional weather office."},
			[]string{"Jane Doerring: The frost will last until Friday"}},
		{"a name set off after with and a speech verb's -ing form speaks; a noun in -ing does not",
			[]string{
				"MPs questioned the plan, with the local transport minister, Alan Breck, insisting the changes would “put money where it is needed”.",
				"The Kelby Trade Council said the reporting rules would cost “a fortune in forms”.",
			},
			[]string{"Alan Breck: put money where it is needed", "Kelby Trade Council: a fortune in forms"}},
		{"titles of one word and terms after what it calls are not speech",
			[]string{
				"The chef, Ana Ruiz, calls the tasting menu “Brine”. “Brine” is served on Fridays; ‘Ember’ follows in the autumn.",
				"Reviewers loved “Driftwood” when it opened. The second room, “Tide”, seats twelve. Her signature dish, “Tide”. The play was called “Undertow”.",
				"The restaurant, in what its owners call a “proactive” plan, has halved its menu, which it calls “a neighbourhood room for everyone”.",
				"“Ember”, a room lit only by candles, seats ten. “Nonsense”, a waiter said.",
				"“Disgraceful,” Ruiz said of the wait. Asked about the price, Ruiz said “Fair” and smiled.",
			},
			[]string{"a waiter: Nonsense", "Ana Ruiz: Disgraceful", "Ana Ruiz: Fair"}},
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

// TestFindSourcesByMechanism looks up the people and bodies of the cases
// above by role, by the noun the article calls them and by a misspelling.
func TestFindSourcesByMechanism(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Forecaster Jane Doerring said the rain would stall. Harbourmaster Peter Quill closed the quay.",
		"Weather forecaster Ian Molloy said the thaw would bring floods.",
		"MPs questioned the plan, with the local transport minister, Alan Breck, insisting it was fair.",
		"The Marlow Vale Chamber of Commerce said shops had lost trade.",
		"A senior official at the department, who was not authorised to speak, said the budget was spent.",
		"A crane operator at the quay, who asked not to be named, said the cranes were idle. “We cannot lift anything,” the crane operator said.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"Jane Doerring", []string{"Jane Doerring"}},
		{"the forecaster", []string{"Jane Doerring", "Ian Molloy"}},
		{"Doering", []string{"Jane Doerring"}},
		{"Marlow Vale Chamber of Commerce", []string{"Marlow Vale Chamber of Commerce"}},
		{"the chamber", []string{"Marlow Vale Chamber of Commerce"}},
		{"the official", []string{"a senior official at the department"}},
		{"the crane operator", []string{"a crane operator at the quay"}},
		{"the weather forecaster", []string{"Ian Molloy"}},
		{"the local transport minister", []string{"Alan Breck"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

// TestAffiliationBeforeRole makes a team of a name a person's role names
// as where they belong, and never a place.
func TestAffiliationBeforeRole(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Kelby Vale led 2-0 at half-time. Kelby Vale striker Ann Lutz scored twice.",
		"Norland Bay governor Ruth Vane watched from the stand.",
		"Schools in Ashby Port closed early. Ashby Port teacher Ian Roe sent pupils home.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"Kelby Vale", []string{"Kelby Vale"}},
		{"Kelbi Vale", []string{"Kelby Vale"}},
		{"the striker", []string{"Ann Lutz"}},
		{"Norland Bay", nil},
		{"Ashby Port", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
	if s, ok := ix.Lookup("Kelby Vale"); !ok || s.Kind != Organisation {
		t.Errorf("Lookup(Kelby Vale): got %+v, %v; want an organisation", s, ok)
	}
}

// TestTitledSharedSurname gives a titled surname to the one person of that
// surname who bears the title, not to the one named last.
func TestTitledSharedSurname(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Capt. Ines Moreno of the county fire service said crews had made 30 rescues.",
		"Reader Paul Moreno sent us a photo of his flooded street. He is no relation to Capt. Moreno.",
	)
	findsOne(t, ix, "the captain", "Ines Moreno")
	findsOne(t, ix, "the reader", "Paul Moreno")
}
