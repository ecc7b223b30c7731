package quotes

import (
	"slices"
	"sort"

	"articlebot/lexicon"
)

// relatives makes a person of each relative the article speaks of without
// naming: "My mother still rings me", in a quotation of Osric Penn, is
// "Osric Penn's mother", and so in his answer in a transcript; "her
// brother said" after Ines Calloway is
// "Ines Calloway's brother"; "Calloway's brother also came" too. So
// "Osric Penn's mother", "his mother" and "Penn's mother" find someone.
// A relative named after the kin word ("Her father, Bram Calloway,") is a
// person already, with that description (collectRoles), and so is one
// the article describes from the other side ("his daughter, Saga Lind"
// makes her owner Saga Lind's father).
func (b *builder) relatives() {
	var byStart []Quote // the quotations in order of their start, made on first need
	for _, p := range b.paras {
		toks := p.toks
		for k := 1; k+1 < len(toks); k++ {
			t := toks[k]
			// The kin test before capital(): its filter turns most words
			// away for less than capital() costs (on a 4.5 MB article,
			// capital() on every word was most of this pass).
			if !t.isWord() || !lexicon.Kin.Has(t.text) || t.capital() || kinNamedAfter(p, k) {
				continue
			}
			var owner *entity
			prev := toks[k-1]
			switch {
			case t.quote >= 0 && (prev.is("my") || prev.is("My")) && prev.quote == t.quote:
				if byStart == nil {
					byStart = slices.Clone(b.quotes)
					sort.SliceStable(byStart, func(i, j int) bool { return byStart[i].Start < byStart[j].Start })
				}
				owner = b.quoteSpeaker(byStart, int(t.start))
			case prev.is("my") || prev.is("My"):
				// A transcript's answer, in no quotation marks.
				if tn := b.turns[p.n]; tn != nil && !tn.asks {
					owner = tn.who.ent
				}
			case t.quote >= 0:
			case prev.is("his") || prev.is("her") || prev.is("His") || prev.is("Her"):
				owner = b.pronounOwnerAt(p, k-1, nil)
			case prev.poss && p.mentAt[k-1] >= 0:
				owner = p.ments[p.mentAt[k-1]].ent
			}
			if owner == nil || owner.kind != Person {
				continue
			}
			b.addRelative(owner, lexicon.CanonicalRole(t.text), p.n, int(t.start))
		}
	}
}

// kinNamedAfter reports whether a name follows the kin word at k, at once or
// set off ("her father Bram", "her father, Bram Calloway,"), or the word
// is one of two roles ("his son and business partner, Aldo Varden").
func kinNamedAfter(p *para, k int) bool {
	n := k + 1
	if p.toks[n].is(",") && n+1 < len(p.toks) {
		n++
	}
	return p.mentAt[n] >= 0 || p.toks[k+1].is("and")
}

// quoteSpeaker returns the person who says the quotation holding offset
// at, or nil.
func (b *builder) quoteSpeaker(qs []Quote, at int) *entity {
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Start > at }) - 1
	if i < 0 || at >= qs[i].End || qs[i].Speaker == "" {
		return nil
	}
	for _, e := range b.rs.people {
		if e.name == qs[i].Speaker {
			return e
		}
	}
	return nil
}

// addRelative makes owner's relative kin a person, unless someone is
// described as that relative of owner already.
func (b *builder) addRelative(owner *entity, kin string, n, at int) {
	for _, e := range b.rs.people {
		if slices.ContainsFunc(e.rels, func(r role) bool { return r.owner == owner && r.head == kin }) {
			return
		}
	}
	for _, r := range owner.rels {
		if x := r.owner; x != nil && x.kind == Person {
			if _, ok := lexicon.KinConverse(r.head, kin); ok {
				return // "his daughter, Saga Lind": Saga Lind's father is named
			}
		}
	}
	name := possessiveOf(owner.name) + " " + kin
	// No name forms: the relative is found by the relation alone, and
	// "Penn" stays Osric Penn's surname.
	e := &entity{name: name, kind: Person, first: n, firstAt: at, introAt: at}
	e.addOwnedRole(kin, owner) // the relation alone: the owner's name words are no role words
	b.rs.people = append(b.rs.people, e)
}
