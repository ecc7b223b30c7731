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

// couples gives the two people a "Mr and Mrs Vane" (or "Mrs and Mr Vane")
// names each other's spouse: the one man and the one woman of that
// surname the article names, by title, pronoun or given name. Then "Ivor
// Vane's wife" finds her and "Maud Vane's husband" him. A couple named
// so inside a quotation counts: whoever speaks names the two as one pair.
func (b *builder) couples() {
	for _, p := range b.paras {
		toks := p.toks
		for i := 0; i+3 < len(toks); i++ {
			a, and, c, sur := toks[i], toks[i+1], toks[i+2], toks[i+3]
			if !and.is("and") || !sur.capital() || titleSex(trimDot(a.text)) == 0 || titleSex(trimDot(c.text)) == 0 ||
				titleSex(trimDot(a.text)) == titleSex(trimDot(c.text)) {
				continue
			}
			var man, woman *entity
			n := 0
			for _, e := range b.rs.people {
				if len(e.words) < 2 || fuzzy.Fold(strings.Join(surname(e.words), " ")) != fuzzy.Fold(sur.text) {
					continue
				}
				n++
				switch sexOf(e) {
				case 'm':
					man = e
				case 'f':
					woman = e
				}
			}
			if n != 2 || man == nil || woman == nil {
				continue
			}
			woman.addOwnedRole(possessiveOf(man.name)+" "+lexicon.SpouseNoun('f'), man)
			man.addOwnedRole(possessiveOf(woman.name)+" "+lexicon.SpouseNoun('m'), woman)
		}
	}
}

// sexOf returns a person's sex as the article tells it, else as their
// given name does (lexicon.GivenSex), else 0.
func sexOf(e *entity) byte {
	if e.gender != 0 || len(e.words) < 2 {
		return e.gender
	}
	return lexicon.GivenSex(e.words[0])
}
