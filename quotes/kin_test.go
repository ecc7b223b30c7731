package quotes

import (
	"slices"
	"testing"
)

// TestKinBothWays finds a relative by the relation the article gives from
// the other side ("her son, X" answers "X's mother"), takes the owner of
// "his mum, Y Z" from the one other person named Z rather than the man
// named last, and reads "mum" and "dad" as "mother" and "father". Three
// styles: a court report, a sports feature and a local-news brief; every
// sentence is made up.
func TestKinBothWays(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		query string
		want  []string
	}{
		{"her son, named after her",
			[]string{
				"Ingrid Solheim, a nurse at the county hospital, told the hearing she had reported the fault twice.",
				"Her son, Aksel Solheim, a trainee electrician, gave evidence on Tuesday. ‘I found the wire,’ he said.",
			},
			"Aksel Solheim's mother", []string{"Ingrid Solheim"}},
		{"his son, so the father",
			[]string{
				"Trainer Patrick Doolan saddled the winner at Wexcombe.",
				"His son, Ciaran Doolan, rode it. ‘Dad told me to wait,’ the jockey said.",
			},
			"Ciaran Doolan's father", []string{"Patrick Doolan"}},
		{"a mother is no man",
			[]string{
				"Patrick Doolan trains at Wexcombe.",
				"His son, Ciaran Doolan, rides for him.",
			},
			"Ciaran Doolan's mother", nil},
		{"his mum after another man was named",
			[]string{
				"Leo Farrant, 19, scored twice for Ashby Vale on Saturday.",
				"Manager Gordon Pike said the striker had earned his place. ‘He works harder than anyone,’ Pike said.",
				"His mum, Denise Farrant, watched from the stand.",
			},
			"Leo Farrant's mum", []string{"Denise Farrant"}},
		{"dad is a father",
			[]string{
				"Ruby Okello, 9, raised £400 for the library by reading 100 books.",
				"Her dad, Samuel Okello, said she read under the covers.",
			},
			"Ruby Okello's father", []string{"Samuel Okello"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, append([]string{"Headline"}, tt.lines...)...)
			if got := findNames(ix, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

// TestSeniorIsNotTheMotherByPronoun keeps a seniority mark from picking a
// namesake of the other sex than the pronoun after it: "Pell senior …
// his" is not the boy's mother, however elder a mother is.
func TestSeniorIsNotTheMotherByPronoun(t *testing.T) {
	_, ix := parse(t, "Headline",
		"Jonah Pell, 17, signed his first professional contract at Dunmore on Monday.",
		"His mum, Tessa Pell, cried in the stand.",
		"Pell senior, 49, who drives a taxi to pay for his boots, was calmer. ‘The boy has earned it,’ he said.",
	)
	for _, q := range ix.Quotes() {
		if q.Speaker == "Tessa Pell" {
			t.Errorf("%q given to the mother", q.Text)
		}
	}
	if got := findNames(ix, "Pell"); !slices.Equal(got, []string{"Jonah Pell"}) {
		t.Errorf("Find(Pell): got %q, want the son the article calls Pell", got)
	}
}
