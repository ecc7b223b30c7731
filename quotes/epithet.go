package quotes

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// epithet resolves a definite description that stands for a person named
// before, as the subject of the speech verb after token j: "the
// 43-year-old said" is the one person the article gave that age (", 43,");
// "the father-of-two told" the nearest man named before, "the
// grandmother said" the nearest woman. A description with an age that fits
// no one, or fits several, is still an attribution: the quotation then
// has no speaker rather than the wrong one, so st is found with an empty
// who. Other descriptions are left to the other rules (none).
func (b *builder) epithet(p *para, lo, j int) (who, int, status) {
	toks := p.toks
	k := j
	for k > lo && k > j-3 && toks[k-1].isWord() && !lexicon.Definites.Has(toks[k-1].lower()) {
		k--
	}
	if k-1 < lo || !toks[k-1].is("the") && !toks[k-1].is("The") {
		return who{}, 0, none
	}
	if w, ok := b.ownedKin(p, k-1, j); ok {
		return w, k - 1, found
	}
	age, gender := "", byte(0)
	for _, t := range toks[k : j+1] {
		if t.quote >= 0 || t.poss {
			return who{}, 0, none
		}
		parts := strings.Split(t.lower(), "-")
		if len(parts) == 3 && parts[1] == "year" && parts[2] == "old" && isDigits(parts[0]) {
			age = parts[0]
		}
		for _, w := range parts {
			switch {
			case lexicon.MaleNouns.Has(w):
				gender = 'm'
			case lexicon.FemaleNouns.Has(w):
				gender = 'f'
			}
		}
	}
	if age == "" && gender == 0 {
		return who{}, 0, none
	}
	start := k - 1
	if age != "" {
		var fit []*entity
		for _, e := range b.ages()[age] {
			if gender == 0 || e.gender == 0 || e.gender == gender {
				fit = append(fit, e)
			}
		}
		if len(fit) == 1 {
			return who{ent: fit[0]}, start, found
		}
		if sid := int(toks[j].sent) - 1; len(b.ages()) == 0 && len(b.peopleIn(sid)) == 1 {
			// An article that gives no one's age: "Kofi Mensah scored
			// late. “…,” the 22-year-old said." is about the one person
			// the sentence before named.
			if e := b.peopleIn(sid)[0]; gender == 0 || e.gender == 0 || e.gender == gender {
				return who{ent: e}, start, found
			}
		}
		return who{}, start, found
	}
	pro := "he"
	if gender == 'f' {
		pro = "she"
	}
	if e := b.pronoun(int(toks[j].sent), pro); e != nil {
		return who{ent: e}, start, found
	}
	return who{}, start, found
}

// ownedKin returns the description "the" at the, then words to j, as a
// speaker of its own, when it names someone by their relation to a person
// it does not name: "the victim's mother", "the boy's grandmother", "the
// driver's widow". The relative is not the one the possessive is about,
// nor the last woman named (the victim is not her own mother): the article
// gives no name, so its description is the speaker, as an unnamed
// source's is, and a later "the mother said" finds it.
func (b *builder) ownedKin(p *para, the, j int) (who, bool) {
	toks := p.toks
	if j-1 <= the || !lexicon.Kin.Has(toks[j].lower()) {
		return who{}, false
	}
	for _, t := range toks[the+1 : j] {
		if !t.isWord() || t.capital() || t.poss || t.quote >= 0 {
			return who{}, false
		}
	}
	if !lowerPossessive(toks[j-1].text) {
		return who{}, false
	}
	if nameSetOff(p, j) {
		return who{}, false // "the victim's mother, Ann Lee, said" names her
	}
	name := "the " + phrase(toks, the+1, j+1)
	b.addUnnamed(unnamedSource{name: name, head: toks[j].lower(), at: int(toks[the].start)})
	return who{generic: name}, true
}

// unnamedKin returns a relative the article names only by a possessive
// pronoun and the relation, as the person the pronoun stands for and the
// relation: "His father, who asked not to be identified, said" after
// Jamie Hale is "Jamie Hale's father". A relative the article names is
// found by role before this (described).
func (b *builder) unnamedKin(p *para, det, head int) (who, bool) {
	toks := p.toks
	d := toks[det].lower()
	if head != det+1 || !lexicon.Kin.Has(toks[head].lower()) || d != "his" && d != "her" {
		return who{}, false
	}
	if nameSetOff(p, head) {
		return who{}, false // "Her husband, Idris Vane, …" names him
	}
	o := b.pronounOwner(int(toks[det].start), d, nil)
	if o == nil || o.kind != Person {
		return who{}, false
	}
	name := o.name + "'s " + toks[head].lower()
	b.addUnnamed(unnamedSource{name: name, head: toks[head].lower(), at: int(toks[det].start)})
	return who{generic: name}, true
}

// nameSetOff reports whether a name is set off right after the noun at k:
// "her husband, Idris Vane,".
func nameSetOff(p *para, k int) bool {
	if k+2 >= len(p.toks) || !p.toks[k+1].is(",") {
		return false
	}
	mi := p.mentAt[k+2]
	return mi >= 0 && p.ments[mi].runLo == k+2 && p.ments[mi].ent != nil
}

// lowerPossessive reports whether a lower-case word is a possessive
// ("victim's", "boy’s", "workers’"), which the tokens keep whole.
func lowerPossessive(w string) bool {
	for _, s := range []string{"'s", "’s", "s'", "s’"} {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// ages maps each age the article gives a person right after the name
// ("Denise Okafor, 43,", "Oyelaran, 52,") to the people of that age.
func (b *builder) ages() map[string][]*entity {
	if b.ageOf != nil {
		return b.ageOf
	}
	b.ageOf = map[string][]*entity{}
	for _, p := range b.paras {
		toks := p.toks
		for _, m := range p.ments {
			e, h := m.ent, m.hi
			if e == nil || e.kind != Person {
				continue
			}
			age := ""
			switch {
			case h+2 < len(toks) && toks[h].is(",") && (toks[h+2].is(",") || toks[h+2].is(".")) && isDigits(toks[h+1].text):
				// "Liam Maddock, 27," or ending the sentence "…, Liam Maddock, 27."
				age = toks[h+1].text
			case h+2 < len(toks) && toks[h].is("(") && toks[h+2].is(")") && isDigits(toks[h+1].text):
				age = toks[h+1].text // "Liam Maddock (27)"
			case m.runLo > 0:
				age = yearsOld(toks[m.runLo-1]) // "34-year-old Sofia Reyes"
			}
			if age != "" && !containsEntity(b.ageOf[age], e) {
				b.ageOf[age] = append(b.ageOf[age], e)
			}
		}
	}
	return b.ageOf
}

func containsEntity(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// isDigits reports whether s is a non-empty run of digits.
func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// yearsOld returns N of a token "N-year-old", or "".
func yearsOld(t token) string {
	if !t.isWord() || t.quote >= 0 {
		return ""
	}
	n, ok := strings.CutSuffix(t.lower(), "-year-old")
	if !ok || !isDigits(n) {
		return ""
	}
	return n
}
