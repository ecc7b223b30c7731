package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// named is an entity named at an offset of the article.
type named struct {
	e      *entity
	at     int
	object bool // after a preposition: "Analysts at Brightwater Capital"
}

// noteGenders records, outside quotations, every resolved name in article
// order (for possessives that point back: "His lawyer, Colin Marsh") and
// gives a person without a gendered title the gender of the first "he",
// "his", "she" or "her" after their name, before any other person is
// named: "Luis Ortega, 47, pleaded guilty … against his sister". A person
// named as a preposition's object leaves the next pronoun to no one: in
// "Quill urged her neighbours to vote for Jonas Pell. She stayed home."
// the "she" is Quill, and Pell's sex is not told.
func (b *builder) noteGenders() {
	var open *entity
	openSent := int32(-1)
	if b.order == nil {
		// At most one name a mention: made at that size, not grown.
		n := 0
		for _, p := range b.paras {
			n += len(p.ments)
		}
		b.order = make([]named, 0, n)
	}
	for _, p := range b.paras {
		for k, t := range p.toks {
			if open != nil && t.sent > openSent && !(t.sent == openSent+1 && sentenceInitial(p.toks, k) && t.quote < 0) {
				// The pronoun must be in the name's sentence or open the
				// next: in "Luis joined her. “…,” she laughs." the "she"
				// is not Luis.
				open = nil
			}
			if t.quote >= 0 || !t.isWord() {
				continue
			}
			if mi := p.mentAt[k]; mi >= 0 {
				if m := &p.ments[mi]; m.lo == k && m.ent != nil {
					object := afterPreposition(p.toks, m.runLo)
					b.order = append(b.order, named{m.ent, int(t.start), object})
					if m.ent.kind == Person {
						open, openSent = m.ent, t.sent
						if object {
							open = nil
						}
					}
				}
				continue
			}
			if open == nil || len(t.text) > len("herself") || objectPronoun(p.toks, k) {
				continue
			}
			if e := b.kinOwner(p, k); e != nil && e != open { // allocates nothing unless k is "his" or "her"
				open = nil // "Her brother, Callum Tillesley," is Maren Tillesley's
				continue
			}
			if g := lexicon.PronounGender(t.lower()); g != 0 {
				if t.sent > openSent && contradicts(open, g) {
					open = nil
					continue
				}
				if open.gender == 0 {
					open.gender, open.sexGuessed = g, true
				}
				open = nil
			}
		}
	}
}

// pronounOwner resolves a possessive pronoun at offset at ("her" in "her
// younger brother, Luis Ortega") to the person named last before it with a
// compatible gender, other than the one described; "its" and "their" to
// the organisation named last.
func (b *builder) pronounOwner(at int, w string, self *entity) *entity {
	g := lexicon.PronounGender(w)
	i, _ := slices.BinarySearchFunc(b.order, at, func(n named, at int) int { return n.at - at })
	for i--; i >= 0; i-- {
		e := b.order[i].e
		if e == self {
			continue
		}
		if g == 0 && e.kind == Organisation || g != 0 && e.kind == Person && sexFits(e, g) {
			return e
		}
	}
	return nil
}

// sexFits reports whether a person may be the one a pronoun of sex g
// stands for: the sex the article gives them, else the one their first
// name says (lexicon.GivenSex), else any. "His son" after Leona Tarrant
// and Hollis Varden is his.
func sexFits(e *entity, g byte) bool {
	switch {
	case g == 0:
		return true
	case e.gender != 0:
		return e.gender == g
	case len(e.words) > 1:
		s := lexicon.GivenSex(e.words[0])
		return s == 0 || s == g
	}
	return true
}

// pronounOwnerAt resolves the possessive pronoun at token k of p as
// pronounOwner does, except before a kin word and a name: kin share a
// surname, so in "His mum, Denise Farrant," the one other Farrant of the
// article is whose mum she is, whoever was named last (kinOwner).
func (b *builder) pronounOwnerAt(p *para, k int, self *entity) *entity {
	w := p.toks[k].lower()
	if e := b.kinOwner(p, k); e != nil && e != self && e.kind == Person && (e.gender == 0 || e.gender == lexicon.PronounGender(w)) {
		return e
	}
	if lexicon.PronounGender(w) == 0 && k+1 < len(p.toks) && lexicon.Kin.Has(p.toks[k+1].lower()) {
		return nil // "Their son, Tomasz": a couple's, never a body's
	}
	if e := b.subjectOrgBefore(p, k, self); e != nil && lexicon.PronounGender(w) == 0 {
		return e
	}
	return b.pronounOwner(int(p.toks[k].start), w, self)
}

// possessiveOwner returns whose a description is when token i is a
// possessive: a name ("Maria Ortega's lawyer") or a definite description
// of an organisation ("the bureau's president", "The company's
// spokesperson").
func (b *builder) possessiveOwner(p *para, i int, self *entity) *entity {
	if mi := p.mentAt[i]; mi >= 0 {
		if e := p.ments[mi].ent; e != self {
			return e
		}
		return nil
	}
	w, _ := trimPossessive(p.toks[i].lower())
	// "the town council's": lower-case words of the body's name may come
	// between "the" and the noun.
	j := i - 1
	for j > 0 && j >= i-2 && p.toks[j].isWord() && !p.toks[j].capital() && !p.toks[j].is("the") && !lexicon.FunctionWords.Has(p.toks[j].lower()) {
		j--
	}
	if j < 0 || p.toks[j].lower() != "the" || !lexicon.IsOrgNoun(w) {
		return nil
	}
	e := b.orgBefore(w, int(p.toks[i].sent), int(p.toks[i].start), self)
	if e != nil {
		for _, t := range p.toks[j+1 : i] {
			if !slices.Contains(fuzzy.Words(e.name), fuzzy.Fold(t.text)) {
				return nil
			}
		}
	}
	return e
}

// ownerIn returns whose the description in tokens [lo, hi) is, from its
// first possessive before a preposition: "Maria Ortega's lawyer", "her
// younger brother".
func (b *builder) ownerIn(p *para, lo, hi int, self *entity) *entity {
	for k := lo; k < hi; k++ {
		t := p.toks[k]
		w := t.lower()
		switch {
		case lexicon.Prepositions.Has(w):
			return nil
		case lexicon.PossessivePronouns.Has(w):
			return b.pronounOwnerAt(p, k, self)
		case possessive(t):
			return b.possessiveOwner(p, k, self)
		}
	}
	return nil
}

// institutionalRoles gives people the roles a case gives them without
// naming them: the person "charges against" are brought, who "is accused
// of" or "pleaded not guilty" is the defendant, and a lawyer of the
// defendant is a defence lawyer.
func (b *builder) institutionalRoles() {
	for _, p := range b.paras {
		for i := range p.ments {
			m := &p.ments[i]
			if e := m.ent; e != nil && e.kind == Person && p.toks[m.lo].quote < 0 && accusedAt(p, m) {
				e.addRole("defendant")
			}
		}
	}
	for _, e := range b.rs.people {
		for _, r := range e.rels {
			if r.head == "lawyer" && r.owner != nil && r.owner.roleWords["defendant"] && !e.roleWords["defence"] {
				e.addOwnedRole("defence lawyer", r.owner)
			}
		}
	}
}

// accusedAt reports whether the mention names the defendant of a case:
// "charges against Maria Ortega", "Ortega, 52, has pleaded not guilty",
// "Maria Ortega, the former director …, who is accused of".
func accusedAt(p *para, m *mention) bool {
	toks := p.toks
	sent := toks[m.lo].sent
	var before []string
	for k := m.runLo - 1; k >= 0 && k >= m.runLo-4 && toks[k].isWord() && toks[k].sent == sent; k-- {
		before = append(before, toks[k].lower())
	}
	if lexicon.CaseAgainst(before) {
		return true
	}
	after := func(k int) []string {
		var out []string
		for ; k < len(toks) && len(out) < 4 && toks[k].sent == sent; k++ {
			if !toks[k].isWord() {
				break
			}
			if w := toks[k].lower(); len(out) > 0 || (w != "who" && !lexicon.Auxiliaries.Has(w)) {
				out = append(out, w)
			}
		}
		return out
	}
	if lexicon.Accused(after(m.hi)) {
		return true
	}
	// Past one apposition: ", 52," or ", the former director of …,".
	if m.hi < len(toks) && toks[m.hi].is(",") {
		for k := m.hi + 1; k < len(toks) && k < m.hi+20 && toks[k].sent == sent; k++ {
			if toks[k].is(",") {
				return lexicon.Accused(after(k + 1))
			}
		}
	}
	return false
}

// possessive reports whether a token is a possessive: a name's ("Ortega's",
// marked by the tokenizer) or a common noun's ("the bureau's").
func possessive(t token) bool {
	if t.poss {
		return true
	}
	_, ok := trimPossessive(t.text)
	return ok && t.isWord() && strings.HasSuffix(t.text, "s")
}
