package quotes

import (
	"slices"
	"testing"
)

// TestFindByRelationAndSynonym looks people up by what the article says
// they are to someone else, by variants of role words and by the roles a
// case gives them. The article is made up for the test.
func TestFindByRelationAndSynonym(t *testing.T) {
	_, ix := parse(t,
		"Headline about a trial",
		"Prosecutors brought tax charges against Petra Lindahl, the founder of the Greywater Trust, last spring.",
		"Lindahl, 61, has pleaded not guilty. The trust paid her son, Oskar Lindahl, for work never done.",
		"Oskar Lindahl, 30, pleaded guilty in May and will testify against his mother.",
		"“We will fight this,” said Rami Sadek, Petra Lindahl's lawyer.",
		"Assistant District Attorney Joan Fell told the jury the records were clear.",
		"Oskar Lindahl will be sentenced in June. His lawyer, Ian Roe, declined to comment.",
		"Fenmoor Builders, a company owned by Oskar Lindahl, was paid $300,000. The trust said in a statement that it had changed its auditors.",
		"Lindahl said nothing as she left the court.",
		"Trade minister Aino Salo met her counterpart, Piet de Groot. Salo's spokeswoman, Mia Berg, said the talks went well.",
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"the defendant", []string{"Petra Lindahl"}},
		{"her son", []string{"Oskar Lindahl"}},
		{"the defence lawyer", []string{"Rami Sadek"}},
		{"the defense attorney", []string{"Rami Sadek"}},
		{"his lawyer", []string{"Ian Roe"}},
		{"Petra Lindahl's lawyer", []string{"Rami Sadek"}},
		{"the prosecutor", []string{"Joan Fell"}},
		{"Lindahl", []string{"Petra Lindahl"}}, // the one the article calls "Lindahl" alone
		{"the company", []string{"Fenmoor Builders"}},
		{"Salo's counterpart", []string{"Piet de Groot"}},
		{"the minister's spokesperson", []string{"Mia Berg"}},
		{"the spokesman", []string{"Mia Berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := findNames(ix, tt.query)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q): got %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

// TestFindSharedSurnameBothUsedAlone keeps a bare surname ambiguous when the
// article calls both people by it.
func TestFindSharedSurnameBothUsedAlone(t *testing.T) {
	_, ix := parse(t,
		"Headline",
		"Anna Vos, the mayor, met Karel Vos, a farmer. Vos said the plan was fair.",
		"The farmer disagreed. “It is not,” Vos said.",
		"The mayor stood firm. “It stands,” Vos said.",
	)
	if got := ix.Find("Vos").Speakers; len(got) != 2 {
		t.Errorf("Find(Vos): got %v, want both", got)
	}
}

// TestAttributionOfDescriptionsAndCoordinatedPronouns attributes a
// statement by "the company" after an opening phrase, and a quotation
// after a pronoun subject and a list of coordinated verbs.
func TestAttributionOfDescriptionsAndCoordinatedPronouns(t *testing.T) {
	_, ix := parse(t,
		"Headline",
		"Norrby Kraft, the regional power company, has replaced 40 cables. In a statement, the company said it “regrets the outages” in March.",
		"Lena Holm designs bridges. She travels widely, sketches on trains and describes her work as “engineering with manners.”",
	)
	want := []string{"Norrby Kraft: regrets the outages", "Lena Holm: engineering with manners."}
	if got := said(ix); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCreditLine finds the people of a wire story's credit line by name
// and by role.
func TestCreditLine(t *testing.T) {
	_, ix := parse(t,
		"Headline",
		"The port reopened on Monday, officials said.",
		"Reporting by Ana Pires in Lisbon and Joe Kim; Editing by Sara Lund",
	)
	for query, want := range map[string]string{"Ana Pires": "Ana Pires", "Pires": "Ana Pires", "the editor": "Sara Lund", "Joe Kim": "Joe Kim"} {
		findsOne(t, ix, query, want)
	}
}

// TestFindUnnamedSource finds a source the article quotes without naming,
// by its role, a misspelt role word included.
func TestFindUnnamedSource(t *testing.T) {
	_, ix := parse(t,
		"Headline",
		"A senior Norvian official who asked not to be named said the deal was close. “We are nearly there,” the official said.",
	)
	for _, q := range []string{"the official", "senior oficial", "the senior official"} {
		findsOne(t, ix, q, "a senior Norvian official who asked not to be named")
	}
}

// TestSuggestAgreesWithFind puts what Find takes a lookup for first in the
// autocomplete list.
func TestSuggestAgreesWithFind(t *testing.T) {
	_, ix := parse(t,
		"Headline",
		"Prosecutors brought charges against Petra Lindahl. “I am innocent,” Lindahl said.",
		"“We will fight this,” said Rami Sadek, Petra Lindahl's lawyer.",
		"Assistant District Attorney Joan Fell said the records were clear.",
	)
	for query, want := range map[string]string{"the defense attorney": "Rami Sadek", "the prosecutor": "Joan Fell", "the defendant": "Petra Lindahl"} {
		if got := ix.Suggest(query, 5); len(got) == 0 || got[0].Name != want {
			t.Errorf("Suggest(%q): got %v, want %s first", query, got, want)
		}
	}
}

// TestOrganisationWithPluralPossessive keeps "Farmers’ Party" one name and
// reads what the words before it say the organisation is.
func TestOrganisationWithPluralPossessive(t *testing.T) {
	_, ix := parse(t,
		"Headline",
		"The coalition holds a majority of three seats, and the opposition Farmers’ Party has criticised the deal.",
		"Dan Holt, the head of the Steel Producers’ Association, said jobs were at risk.",
	)
	for query, want := range map[string]string{"Farmers' Party": "Farmers’ Party", "the opposition": "Farmers’ Party",
		"the head of the steel producers' association": "Dan Holt", "Steel Producers Association": "Steel Producers’ Association"} {
		findsOne(t, ix, query, want)
	}
}

// TestFindOrganisationCitedWithoutAName finds an organisation the article
// cites in lower case, by its words and with a typo.
func TestFindOrganisationCitedWithoutAName(t *testing.T) {
	_, ix := parse(t,
		"Headline",
		"Exports fell 31 percent, according to figures from the Norvian statistics office.",
		"Imports rose, according to the statistics office.",
	)
	for _, q := range []string{"the statistics office", "statistcs office", "the Norvian statistics office"} {
		findsOne(t, ix, q, "Norvian statistics office")
	}
}
