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
		{"titles of one word and terms after what it calls are not speech",
			[]string{
				"The chef, Ana Ruiz, calls the tasting menu “Brine”. “Brine” is served on Fridays; ‘Ember’ follows in the autumn.",
				"Reviewers loved “Driftwood” when it opened. The second room, “Tide”, seats twelve. Her signature dish, “Tide”. The play was called “Undertow”.",
				"The restaurant, in what its owners call a “proactive” plan, has halved its menu, which it calls “a neighbourhood room for everyone”.",
				"“Disgraceful,” Ruiz said of the wait. Asked about the price, Ruiz said “Fair” and smiled.",
			},
			[]string{"Ana Ruiz: Disgraceful", "Ana Ruiz: Fair"}},
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
		"The Marlow Vale Chamber of Commerce said shops had lost trade.",
		"A senior official at the department, who was not authorised to speak, said the budget was spent.",
		"A crane operator at the quay, who asked not to be named, said the cranes were idle. “We cannot lift anything,” the crane operator said.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"Jane Doerring", []string{"Jane Doerring"}},
		{"the forecaster", []string{"Jane Doerring"}},
		{"Doering", []string{"Jane Doerring"}},
		{"Marlow Vale Chamber of Commerce", []string{"Marlow Vale Chamber of Commerce"}},
		{"the chamber", []string{"Marlow Vale Chamber of Commerce"}},
		{"the official", []string{"a senior official at the department"}},
		{"the crane operator", []string{"a crane operator at the quay"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}
