package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// byKinOf answers a lookup of a relative by the relation seen from the
// other side: "Aksel Solheim's mother" when the article only calls Aksel
// "her son" (his description is owned by his mother), "Tom Hale's father"
// when it calls Tom "his son". words are the lookup's role words after
// the possessive; o holds the people the possessive found. The relative
// must not be of the other sex: a "mother" is no man.
func byKinOf(words []string, o roleOwner) []*entity {
	if len(words) != 1 || len(o.owners) == 0 {
		return nil
	}
	var out []*entity
	for _, x := range o.owners {
		for _, r := range x.rels {
			if r.owner == nil || r.owner.kind != Person || containsEntity(out, r.owner) {
				continue
			}
			sex, ok := lexicon.KinConverse(r.head, words[0])
			if ok && (sex == 0 || r.owner.gender == 0 || r.owner.gender == sex) {
				out = append(out, r.owner)
			}
		}
	}
	return out
}

// kinByFirstName returns the person a relative introduced by first name
// alone is ("Grace Ilunga, whose son Kofi, 9, …" before "Kofi Ilunga
// said"): the one person of the article named in full with that first
// name, of the owner's surname when a "whose" or a possessive name says
// whose relative it is. Else nil, and the first name is a person of its
// own as before.
func (rs *resolver) kinByFirstName(r mref) *entity {
	toks, m := r.p.toks, r.m()
	k := m.runLo - 1
	if k < 0 || !toks[k].isWord() || !lexicon.Kin.Has(toks[k].lower()) {
		return nil
	}
	var owner *entity
	if o := k - 1; o >= 0 && toks[o].poss && r.p.mentAt[o] >= 0 {
		owner = r.p.ments[r.p.mentAt[o]].ent // "Grace Ilunga's son Kofi"
	} else if o >= 2 && toks[o].is("whose") && toks[o-1].is(",") && r.p.mentAt[o-2] >= 0 {
		owner = r.p.ments[r.p.mentAt[o-2]].ent // "Grace Ilunga, whose son Kofi"
	}
	first := fuzzy.Fold(r.word(0))
	var found *entity
	for _, e := range rs.people {
		if len(e.words) < 2 || fuzzy.Fold(e.words[0]) != first || e == owner {
			continue
		}
		if owner != nil && fuzzy.Fold(strings.Join(surname(owner.words), " ")) != fuzzy.Fold(strings.Join(surname(e.words), " ")) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}
