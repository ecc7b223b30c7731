package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestIdentitySwapped checks that a claim giving a person a description
// the article gives someone else, or a family tie it never states, is not
// supported by the passage that describes her otherwise, while her own
// description in other words still is.
func TestIdentitySwapped(t *testing.T) {
	e := offlineEngine(t, `Tenants win repairs at Holloway Court

Pell Marsh, a retired nurse who chairs the Holloway Court tenants' group, said the boiler had failed four times since March.

The council's heating engineer, Ivo Brant, said the new boiler would be fitted in May.

Brant's daughter, Ottilie Brant, a school librarian, helped the tenants draft their letter to the council.
`)
	checkSupport(t, e, []supportCase{
		{"another's job", "Pell Marsh is a heating engineer who chairs the tenants' group.", 2, false},
		{"her job", "Pell Marsh is a retired nurse who chairs the tenants' group.", 2, true},
		{"her role in other words", "Pell Marsh is the tenants' group's chair.", 2, true},
		{"a tie not stated", "Ottilie Brant is the engineer's niece.", 4, false},
		{"the tie stated", "Ottilie Brant is the engineer's daughter.", 4, true},
	})
}

// TestIdentityModifierSwapped checks that a claim keeping the head of the
// description the article gives a person but changing a word of it ("a
// former prison officer" for "a former customs officer") is not
// supported, while the same description in another order still is.
func TestIdentityModifierSwapped(t *testing.T) {
	e := offlineEngine(t, `Lind takes Fenby seat

Tove Lind, a 44-year-old former customs officer, won the Fenby seat with 61 per cent of the vote.

The Rev Ada Moss, a part-time curate in the Fenby group who works as a school nurse, said turnout was the lowest she could remember.
`)
	checkSupport(t, e, []supportCase{
		{"another kind of officer", "Tove Lind is a former prison officer.", 2, false},
		{"her post", "Tove Lind is a former customs officer.", 2, true},
		{"her post reordered", "Tove Lind is a former officer of customs.", 2, true},
		{"another rank of curate", "Ada Moss is a senior curate in the Fenby group.", 3, false},
		{"her rank", "Ada Moss is a part-time curate in the Fenby group.", 3, true},
	})
}

// TestDescriptionTerms checks which words of a claim describe its subject.
func TestDescriptionTerms(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Pell Marsh is a retired nurse who chairs the group.", "retir nurs"},
		{"Ivo Brant, 52, was the council's heating engineer.", "heat engin"},
		{"Ana de Souza is one of the founders of the choir.", "founder"},
		{"Marsh said the boiler was a disgrace.", ""},
		{"Marsh was ahead in the vote.", ""},
	} {
		got := descriptionTerms(c.text)
		want := strings.Fields(c.want)
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("descriptionTerms(%q) = %v, want %v", c.text, got, want)
		}
	}
}
