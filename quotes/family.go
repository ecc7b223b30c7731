package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// familyNames gives a relative whom the article names by a given name
// alone the family name of the person whose spouse, child or sibling the
// article says they are ("His wife, Ada, runs the stall" after Tom Obi:
// Ada Obi), as the article implies by naming them so; "Ada" still finds
// her. Only when no one else of the article has that word in their
// name: a surname written alone is someone's name already.
func (b *builder) familyNames() {
	for _, e := range b.rs.people {
		if len(e.words) != 1 || e.credited {
			continue
		}
		var owner *entity
		for _, r := range e.rels {
			if r.owner != nil && r.owner != e && r.owner.kind == Person && len(r.owner.words) >= 2 && lexicon.Household.Has(r.head) && personalName(r.owner) {
				owner = r.owner
				break
			}
		}
		if owner == nil || b.givenElsewhere(e) {
			continue
		}
		fam := surname(owner.words)
		if len(fam) == 0 || len(fam) == len(owner.words) {
			continue
		}
		name := e.words[0] + " " + strings.Join(fam, " ")
		if slices.ContainsFunc(b.rs.people, func(o *entity) bool { return o.name == name }) {
			continue
		}
		e.name = name
		e.words = append([]string{e.words[0]}, fam...)
		e.aliases = append([]string{name}, e.aliases...)
	}
}

// givenElsewhere reports whether another person of the article has e's
// one word as a given name or as a surname.
func (b *builder) givenElsewhere(e *entity) bool {
	w := fuzzy.Fold(e.words[0])
	for _, o := range b.rs.people {
		if o == e {
			continue
		}
		for _, x := range o.words {
			if fuzzy.Fold(x) == w {
				return true
			}
		}
	}
	return false
}

// personalName reports whether a person's name opens as people's names do:
// with a common given name, or a word that is no common noun ("Blue
// Lantern", a club's name taken for a man's, is neither).
func personalName(e *entity) bool {
	first := e.words[0]
	return lexicon.CommonGivenName(first) || !nounKind(fuzzy.Fold(first)).Noun
}
