package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// described finds a subject that is a description rather than a name, at
// the start of the clause [lo, v) before the speech verb at v: a
// determiner, a few modifiers and a role, group or organisation noun, then
// anything up to the verb (a relative clause, a place).
//
// An indefinite description introduces an unnamed source, which becomes
// the speaker in the article's own words ("a senior European official
// who attended as an observer said" is "a senior European official"). A
// definite one refers back: to the one person whose roles hold its words
// ("the foreign minister", "the committee's chair"), to the unnamed source
// with the same noun ("the manager said"), or to an organisation ("the
// company said", "the ministry said").
func (b *builder) described(p *para, lo, v int) (who, int, status) {
	toks := p.toks
	lo = pastDashOpener(toks, lo, v)
	if lo < v && toks[lo].isWord() && lexicon.Conjunctions.Has(toks[lo].lower()) {
		lo++ // "Yet a nurse, who …, said"
	}
	if lo >= v || !toks[lo].isWord() {
		return who{}, 0, none
	}
	det := toks[lo].lower()
	indefinite, definite := lexicon.Indefinites.Has(det), lexicon.Definites.Has(det)
	first := lo + 1
	if mi := p.mentAt[lo]; mi >= 0 && p.ments[mi].ent != nil && toks[p.ments[mi].hi-1].poss {
		// "ITV's spokesman said", "Aldous's agent said": a description
		// that refers back.
		definite, first = true, p.ments[mi].hi
	}
	if !indefinite && !definite {
		return who{}, 0, none
	}
	partitive := det == "one" && first+1 < v && toks[first].is("of")
	if partitive {
		// "One of the union's members, a driver at the depot, said": the
		// partitive's group noun heads the description.
		first++
	}
	head := -1
	for k := first; k < v && k < first+6; k++ {
		t := toks[k]
		w := t.lower()
		if !t.isWord() || t.quote >= 0 || w == "who" || w == "that" || w == "which" || lexicon.Prepositions.Has(w) {
			break
		}
		if mi := p.mentAt[k]; mi >= 0 && !t.poss && p.ments[mi].ent != nil && p.ments[mi].ent.kind == Person && !modifier(p, p.ments[mi]) {
			return who{}, 0, none // a name: not a description
		}
		if mi := p.mentAt[k]; mi >= 0 && p.ments[mi].hi-1 > k && !toks[p.ments[mi].hi-1].poss {
			k = int(p.ments[mi].hi) - 1 // "a Department for Education spokesperson": past the name's "for"
			continue
		}
		if lexicon.IsRole(w) || lexicon.Generics.Has(w) || lexicon.OrgNouns.Has(w) || b.orgNoun(w) || !t.capital() && jobNoun(fuzzy.Fold(w)) || (partitive || lexicon.Quantifiers.Has(det)) && (lexicon.PluralRole(w) || !t.capital() && pluralOfJob(w)) {
			head = k // "a waiter said": any noun WordNet knows only as a person's; "three nurses on the ward said", "one of the jury's assessors": a counted plural
		} else if indefinite && !t.poss && personNoun(t) {
			head = k // "a Harbour Board insider said": a noun WordNet knows as a person's, among other things, heading a source
		}
		if t.poss && k > lo+1 {
			break
		}
	}
	if head < 0 && indefinite {
		head = personBeforeWho(toks, first, v)
	}
	if head < 0 || toks[head].poss {
		return who{}, 0, none
	}
	// Nothing but a relative clause, a place or a time may stand between
	// the description and its verb, and no other speech verb but inside a
	// relative clause set off by commas ("a nurse, who asked not to be
	// named because staff were told not to talk, said").
	rel := setOffQualifier(toks, head, v) // "a porter at St Anne's Hospital, who …"
	if rel < v && toks[rel].is(",") {
		rel++
	}
	// "an insider, talking after the meeting, said": a
	// participle's clause is set off as a relative clause is.
	setOff := rel < v-1 && toks[v-1].is(",") && (slices.Contains([]string{"who", "which", "that"}, toks[rel].lower()) ||
		rel > head+1 && toks[rel].folded() && strings.HasSuffix(toks[rel].text, "ing"))
	appName, appHead, apposed := "", "", false
	if indefinite {
		// "One of its members, a nurse who asked not to be named
		// because staff were told not to talk, said": set off too.
		appName, appHead, apposed = apposedSource(p, head, v)
		setOff = setOff || apposed
	}
	for k := head + 1; k < v && !setOff; k++ {
		if _, ok := speechVerb(toks, k, false); ok {
			return who{}, 0, none
		}
	}
	hw := fuzzy.Fold(toks[head].text)
	if indefinite {
		name := describe(toks[lo].text, phrase(toks, lo+1, qualifierEnd(toks, head, v)))
		if apposed {
			// "Another insider, a senior figure at Wexley, said": the
			// description set off after it says more.
			name, hw = appName, appHead
		}
		if (lexicon.OrgNouns.Has(hw) || b.orgNoun(hw)) && !lexicon.IsRole(hw) && !lexicon.Generics.Has(hw) && !whoFollows(toks, head, len(toks)) {
			return who{}, 0, none // "a company said": too vague to be a source
		}
		b.addUnnamed(unnamedSource{name: name, head: hw, at: int(toks[lo].start)})
		return who{generic: name}, lo, found
	}
	at := int(toks[lo].start)
	source := b.unnamedBefore(hw, at)
	if source == nil && lexicon.AnySource.Has(hw) && head == first {
		source = b.lastUnnamedOne(at) // "the source said": whoever was described
	}
	words := fuzzy.Words(phrase(toks, first, head+1))
	if people := byRole(b.rs.people, words); len(people) > 0 {
		// "Engineer Tamsin Hale said … A second engineer said … the
		// engineer said": the one described last, named or not.
		if e := b.latest(people, at); source == nil || lastRef(e, at) > source.at {
			return who{ent: e}, lo, found
		}
	}
	if source != nil {
		return who{generic: source.name}, lo, found
	}
	if w, ok := b.unnamedKin(p, lo, head); ok {
		return w, lo, found
	}
	if lexicon.OrgNouns.Has(hw) || b.orgNoun(hw) {
		if e := namedAfter(p, head); e != nil {
			return who{ent: e}, lo, found // "The union Metallwerk Zwei, which …, said": the body the noun introduces
		}
		owned := slices.ContainsFunc(toks[first:head], possessive)
		if e := b.orgNamed(hw, int(toks[head].sent), int(at)); e != nil && (!owned || slices.Contains(fuzzy.Words(e.name), hw)) {
			return who{ent: e}, lo, found
		}
		if definite && lexicon.Definites.Has(strings.ToLower(toks[lo].text)) {
			// "the mayor's office said", "the league said": an office of
			// someone, or a body the article does not name, not the
			// organisation named last. A later "the agency said" finds
			// the fuller description.
			name := strings.ToLower(toks[lo].text) + " " + phrase(toks, first, head+1)
			b.addUnnamed(unnamedSource{name: name, head: hw, at: int(toks[lo].start)})
			return who{generic: name}, lo, found
		}
	}
	return who{}, 0, none
}

// orgNoun reports whether the lower-case word w ends the name of an
// organisation the article names ("the society" for the Marlow
// Antiquarian Society, "the chamber" for a Chamber of Commerce), so that the article, not a list, makes it a noun
// for that kind of organisation.
func (b *builder) orgNoun(w string) bool {
	w = fuzzy.Fold(w)
	for _, e := range b.rs.orgs {
		if strings.Contains(e.name, " ") && e.nameHead() == w {
			return true
		}
	}
	return false
}

// orgNamed resolves "the ministry" or "the company" to an organisation:
// of those whose names hold the noun, the one named last before offset at;
// else the organisation of the nearest sentence before, when the noun is
// a business noun ("the company", "the firm") or one the article gives
// that organisation; else, for a business noun, the one the article names
// most. "The league said" in a story about two clubs is neither club.
func (b *builder) orgNamed(noun string, sid int, at int) *entity {
	var named []*entity
	later := false
	for _, e := range b.rs.orgs {
		if slices.Contains(fuzzy.Words(e.name), noun) {
			if lastRef(e, at) < 0 && e.firstAt > at {
				later = true // "the company" cannot mean one first named after it
				continue
			}
			named = append(named, e)
		}
	}
	if len(named) > 0 {
		if e := b.describedAs(noun, named, at); e != nil {
			return e
		}
		return b.latest(named, at)
	}
	if later && !lexicon.Businesses.Has(noun) {
		return nil
	}
	if e := b.onlyDescribed(noun); e != nil && lastRef(e, at) >= 0 {
		return e // "Halbrook Rovers … after the club confirmed"
	}
	business := lexicon.Businesses.Has(noun)
	for s := sid - 1; s >= 0 && s >= sid-4; s-- {
		if e := b.orgIn(s); e != nil && (business && nameFits(e, noun) || e.roleWords[noun]) {
			return e
		}
	}
	if !business {
		return nil
	}
	var best *entity
	for _, e := range b.rs.orgs {
		if e.roleWords[noun] && lastRef(e, at) >= 0 {
			return e // "Corran Hill Racing, the company that owns the yard"
		}
		if best == nil || len(e.refs) > len(best.refs) {
			best = e
		}
	}
	return best
}

// leadSubject finds the subject of a clause whose verb follows an
// apposition or a relative clause: the first name of the clause, when
// only a role phrase comes before it ("The bill's sponsor, state Sen.
// Miriam Okonkwo, a Democrat from Carrow County whose district …, has
// said"; "Councilmember Dana Whitfield, a small-business owner who …,
// described").
func (b *builder) leadSubject(p *para, lo, end int) (who, int, status) {
	toks := p.toks
	commas := 0
	for k := lo; k < end; k++ {
		t := toks[k]
		if mi := p.mentAt[k]; mi >= 0 {
			m := p.ments[mi]
			if toks[m.hi-1].poss {
				k = m.hi - 1 // "Lutovia's foreign minister, …"
				continue
			}
			if afterPreposition(toks, m.runLo) {
				return who{}, 0, none
			}
			if m.hi < end && toks[m.hi].isWord() && !toks[m.hi].capital() && (m.ent == nil || modifier(p, m)) {
				// "Dunmore assistant manager Petra Hale": a place or a
				// side before a role is the role's, not the speaker;
				// "A Lumenar engineer, who …, said" stays a description.
				k = m.hi - 1
				continue
			}
			if m.ent == nil || m.hi < end && modifier(p, m) {
				return who{}, 0, none
			}
			return who{ent: m.ent}, lo, found
		}
		switch {
		case t.is(","):
			if commas++; commas > 1 {
				return who{}, 0, none
			}
		case t.isWord() && t.quote < 0 && (t.poss || t.capital() || lexicon.RoleAdjectives.Has(t.lower()) ||
			lexicon.IsRole(t.text) || lexicon.Definites.Has(t.lower()) || lexicon.Indefinites.Has(t.lower())):
		default:
			return who{}, 0, none
		}
	}
	return who{}, 0, none
}

// coordinated returns the speaker of a verb joined to an earlier one by
// "and" or "but" ("… said in a statement that …, and called the lanes
// “…”"; "said the party would … but warned that …"): whoever
// this sentence has already been attributed to, else the subject that
// opens the sentence.
func (b *builder) coordinated(p *para, v int) (who, status) {
	toks := p.toks
	j := v - 1
	for ; j >= 0 && toks[j].isWord() && lexicon.Auxiliaries.Has(toks[j].lower()); j-- {
	}
	if j < 0 || !toks[j].is("and") && !toks[j].is("but") || toks[j].sent != toks[v].sent {
		return who{}, none
	}
	for i := len(b.spoke) - 1; i >= 0; i-- {
		if b.spoke[i].ok() {
			return b.spoke[i], found
		}
	}
	lo, _ := p.sentRange(int(toks[v].sent))
	if w, _, st := b.leadSubject(p, lo, j); st == found {
		return w, found
	}
	if w, _, st := b.described(p, lo, j); st == found {
		return w, found
	}
	// "She speaks softly, wears …, and describes her book as “…”".
	if w := toks[lo].lower(); toks[lo].isWord() && (lexicon.PersonPronouns.Has(w) || lexicon.OrgPronouns.Has(w)) {
		if w := b.pronounWho(int(toks[lo].sent), w); w.ok() {
			return w, found
		}
	}
	return who{}, none
}
