package quotes

import (
	"reflect"
	"testing"
)

// TestConstructions covers attribution constructions of magazine,
// press-release and British tabloid styles, each in words no eval article
// uses.
func TestConstructions(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"apposition then told the network with a colon",
			[]string{"Harlow’s lawyer, Peter Quist, told Sky News: “My client will fight this.”"},
			[]string{"Peter Quist: My client will fight this."}},
		{"apposition then told the network, inverted quote after",
			[]string{"The club’s chairman, Ivo Brandt, told ESPN: “We will not sell.”"},
			[]string{"Ivo Brandt: We will not sell."}},
		{"bare surname means the principal, not the relative",
			[]string{
				"Singer Tom Harlow has died at 81.",
				"His daughter Ellen Harlow said: “He went peacefully.”",
				"Harlow’s manager said the tour had been cancelled.",
				"“I only wanted to sing,” Harlow told a newspaper in 2001.",
			},
			[]string{"Ellen Harlow: He went peacefully.", "Tom Harlow: I only wanted to sing"}},
		{"the N-year-old is the person given that age",
			[]string{
				"Aisha Bello, 27, won the race. Her coach, Dan Osei, 54, watched from the stands.",
				"“I felt strong at the end,” the 27-year-old said.",
			},
			[]string{"Aisha Bello: I felt strong at the end"}},
		{"an age that fits no one gives no speaker",
			[]string{
				"Aisha Bello, 27, won the race.",
				"“It was a great day,” the 35-year-old said.",
			},
			[]string{": It was a great day"}},
		{"a gendered description is the nearest person of that sex",
			[]string{
				"Painter Ruth Adler and her husband, Karl Adler, opened the gallery in 1990. Karl Adler ran it for twenty years.",
				"Ruth Adler still paints every day.",
				"“I never wanted to sell the place,” the grandfather-of-five said.",
			},
			[]string{"Karl Adler: I never wanted to sell the place"}},
		{"a description with a qualifier up to the verb",
			[]string{"Asked about the delay, a spokeswoman for Norrland Rail said the company had “learned from the winter.”"},
			[]string{"a spokeswoman for Norrland Rail: learned from the winter."}},
		{"a source familiar with",
			[]string{"A person familiar with the talks said: “Nobody expected a deal this week.”"},
			[]string{"a person familiar with the talks: Nobody expected a deal this week."}},
		{"a group with a qualifier",
			[]string{"Economists at Varga Bank wrote that inflation would stay “stubbornly high for a year.”"},
			[]string{"economists at Varga Bank: stubbornly high for a year."}},
		{"an organisation's own spokesman refers back",
			[]string{
				"A spokeswoman for Norrland Rail said trains would run on Sunday.",
				"“We apologise to every passenger,” Norrland Rail’s spokeswoman said.",
			},
			[]string{"a spokeswoman for Norrland Rail: We apologise to every passenger"}},
		{"an organisation named as a modifier is not the speaker",
			[]string{"A Norrland Rail driver, who asked not to be named because staff may not talk to the press, said: “The brakes were never checked.”"},
			[]string{"a Norrland Rail driver: The brakes were never checked."}},
		{"the description refers back to the unnamed source",
			[]string{
				"A Norrland Rail driver, who asked not to be named, said the brakes were old.",
				"“Nobody listened to us,” the driver said.",
			},
			[]string{"a Norrland Rail driver: Nobody listened to us"}},
		{"according to a statement from an agency with initials",
			[]string{"According to a statement from the U.K. Civil Aviation Authority, airlines must “refund every passenger within a week.”"},
			[]string{"U.K. Civil Aviation Authority: refund every passenger within a week."}},
		{"dash signature",
			[]string{"Her best-known line opens the book.", "“Never trust a quiet kitchen, and never trust a chef who eats standing up.” — Rosa Delgado, 1987"},
			[]string{"Rosa Delgado: Never trust a quiet kitchen, and never trust a chef who eats standing up."}},
		{"a slogan is not a quotation",
			[]string{"Minister Jon Voss spoke first. The party campaigned under the slogan “Homes for every family in the valley” and won."},
			nil},
		{"a label before a name is not a quotation",
			[]string{"Crowds gather for ‘queen of the night markets’ Lina Moreau", "The market opens at dusk."},
			nil},
		{"present-tense says after a paragraph-initial quotation",
			[]string{"Tomas Reyes has run the bakery since 1998.", "“Bread is the easy part,” he says. “People are the hard part.”"},
			[]string{"Tomas Reyes: Bread is the easy part", "Tomas Reyes: People are the hard part."}},
		{"a paragraph-initial quotation goes to the person of the next sentence's action",
			[]string{"Marta Cole runs the farm. Her neighbour, Dev Patel, helps at harvest.", "“The soil here is tired.” Cole kneels by a furrow. “It needs a rest.”"},
			[]string{"Marta Cole: The soil here is tired.", "Marta Cole: It needs a rest."}},
		{"pronoun skips the nearer person of the other sex",
			[]string{"Lena Fischer opened her shop in 2010. She hired Omar Haddad in 2015.", "“She gave me a chance nobody else would,” he says."},
			[]string{"Omar Haddad: She gave me a chance nobody else would"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ix := parse(t, tt.lines...)
			if got := said(ix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
