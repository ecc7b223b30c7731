package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// adjectiveRole reports whether one of e's role words is the adjective of
// the folded noun w or its noun: "finance" for a chief financial officer.
func (e *entity) adjectiveRole(w string) bool {
	for r := range e.roleWords {
		if lexicon.AdjectiveOf(w, r) || lexicon.AdjectiveOf(r, w) {
			return true
		}
	}
	return false
}

// contracted reports whether one of e's role words is a title no list
// spells out that contracts the folded word w: "cr" for "councillor" (the
// lookup's canonical "councilmember" too), "bdr" for "bombardier".
func (e *entity) contracted(w string) bool {
	for r := range e.roleWords {
		if lexicon.Expand(r) == nil && (lexicon.Contracts(r, w) || lexicon.Contracts(r, lexicon.SpelledRole(w))) {
			return true
		}
	}
	return false
}

// business reports whether an organisation is a company by its name: a
// business's head ends it ("Mossgiel Therapeutics", "Corvane Ltd"), or no
// head of any kind does and it is no acronym ("Valley Gas and Heat",
// "Quayforge"), as a council's, a union's or a ministry's always has one.
func (e *entity) business() bool {
	words := strings.Fields(e.name)
	if len(words) == 0 || len(words) == 1 && isAcronym(words[0]) {
		return false
	}
	if lexicon.CommercialHeads.Has(words[len(words)-1]) {
		return true
	}
	for _, w := range words {
		if lexicon.OrgHeads.Has(w) || lexicon.OrgWords.Has(w) || lexicon.ClubHeads.Has(w) {
			return false
		}
	}
	return true
}

// kindNouns returns the nouns an organisation is called by: its name's
// head ("union" for the Dockers' Union) and the heads of its
// descriptions ("union" for Bravik, "the porters' union"). A person has
// none.
func (e *entity) kindNouns() []string {
	if e.kind != Organisation {
		return nil
	}
	out := []string{e.nameHead()}
	for _, r := range e.rels {
		if r.head != "" {
			out = append(out, r.head)
		}
	}
	return out
}

// nameAdjective reports whether an organisation's name holds the
// adjective of the folded noun w: "the prefecture" for the Ombara
// Prefectural Government, "the region" for a Regional Council.
func (e *entity) nameAdjective(w string) bool {
	if e.kind != Organisation {
		return false
	}
	return slices.ContainsFunc(fuzzy.Words(e.name), func(nw string) bool { return lexicon.AdjectiveOf(w, nw) })
}
