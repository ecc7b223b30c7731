package quotes

import (
	"slices"
	"strings"

	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// named is an entity named at an offset of the article.
type named struct {
	e  *entity
	at int
}

// noteGenders records, outside quotations, every resolved name in article
// order (for possessives that point back: "His lawyer, Colin Marsh") and
// gives a person without a gendered title the gender of the first "he",
// "his", "she" or "her" after their name, before any other person is
// named: "Luis Ortega, 47, pleaded guilty … against his sister".
func (b *builder) noteGenders() {
	var open *entity
	for _, p := range b.paras {
		for k, t := range p.toks {
			if t.quote >= 0 || !t.isWord() {
				continue
			}
			if mi := p.mentAt[k]; mi >= 0 {
				if m := &p.ments[mi]; m.lo == k && m.ent != nil {
					b.order = append(b.order, named{m.ent, int(t.start)})
					if m.ent.kind == Person {
						open = m.ent
					}
				}
				continue
			}
			if g := lexicon.PronounGender(t.lower()); g != 0 && open != nil {
				if open.gender == 0 {
					open.gender = g
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
		if g == 0 && e.kind == Organisation || g != 0 && e.kind == Person && (e.gender == 0 || e.gender == g) {
			return e
		}
	}
	return nil
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
	if i > 0 && p.toks[i-1].lower() == "the" && lexicon.IsOrgNoun(w) {
		return b.orgBefore(w, int(p.toks[i].sent), int(p.toks[i].start), self)
	}
	return nil
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
			return b.pronounOwner(int(t.start), w, self)
		case possessive(t):
			return b.possessiveOwner(p, k, self)
		}
	}
	return nil
}

// rolePredicate reads a role given by "is": "Oduya is the team's captain",
// "Farrow is a Republican from …" — a determiner or possessive, at most
// four words, then a role noun, and an "of/at/for" complement.
func (b *builder) rolePredicate(p *para, m *mention) described {
	toks := p.toks
	v := m.hi
	if v+2 >= len(toks) || !toks[v].isWord() || (toks[v].lower() != "is" && toks[v].lower() != "was") {
		return described{}
	}
	lo := v + 1
	if w := toks[lo].lower(); !lexicon.Definites.Has(w) && !lexicon.Indefinites.Has(w) && !toks[lo].poss {
		return described{}
	}
	for h := lo + 1; h < len(toks) && h <= lo+5 && toks[h].isWord() && toks[h].sent == toks[lo].sent && toks[h].quote < 0; h++ {
		if !isHead(Person, toks[h].text) {
			continue
		}
		hi := h + 1
		if hi < len(toks) && toks[hi].isWord() && (toks[hi].is("of") || toks[hi].is("at") || toks[hi].is("for")) {
			for hi++; hi < len(toks) && hi < h+7 && toks[hi].isWord() && toks[hi].sent == toks[h].sent; hi++ {
			}
		}
		d := described{owner: b.ownerIn(p, lo, h, m.ent)}
		for lo < h && (lexicon.Definites.Has(toks[lo].lower()) || lexicon.Indefinites.Has(toks[lo].lower())) {
			lo++
		}
		d.text = phrase(toks, lo, hi)
		return d
	}
	return described{}
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

// orgDescriptions reads definite descriptions of organisations ("the
// company said", "Shares of the company rose", "come back to the
// charity"), resolves each to the organisation it refers to, and gives
// that organisation the noun as a description, so that "the charity" finds
// the charity.
func (b *builder) orgDescriptions() {
	for _, p := range b.paras {
		for k := 1; k+1 < len(p.toks); k++ {
			t := p.toks[k]
			w := t.lower()
			if !t.isWord() || t.capital() || !lexicon.OrgNouns.Has(w) || p.toks[k-1].lower() != "the" || p.mentAt[k] >= 0 {
				continue
			}
			if n := p.toks[k+1]; n.capital() || n.is("of") || introduces(p, k) {
				continue // "the company Fenwick Homes", "the university of …", "The developer behind Ashgrove, Fenwick Homes,"
			}
			// A noun that heads names ("Court", "Club") refers to an
			// organisation the article does not name ("he told the court")
			// unless the organisation acts: "The club said", "the
			// court's ruling".
			acts := t.poss || lexicon.SpeechVerbs.Has(p.toks[k+1].lower())
			if !acts && lexicon.IsOrgHead(w) && !b.nameHolds(w) {
				continue
			}
			if e := b.orgBefore(w, int(t.sent), int(t.start), nil); e != nil && !slices.Contains(fuzzy.Words(e.name), w) {
				e.addRole(w)
			}
		}
	}
}

// orgBefore resolves "the NOUN" at offset at in sentence sid: the
// organisation named last before it whose name holds the noun; else the
// organisation the nearest earlier sentence (of the last six) opens with,
// unless described as another kind; else, of those named in that
// stretch, the one the article names most.
func (b *builder) orgBefore(noun string, sid, at int, self *entity) *entity {
	var holding []*entity
	for _, e := range b.rs.orgs {
		if e != self && slices.Contains(fuzzy.Words(e.name), noun) {
			holding = append(holding, e)
		}
	}
	i, _ := slices.BinarySearchFunc(b.order, at, func(n named, at int) int { return n.at - at })
	if len(holding) > 0 {
		for k := i - 1; k >= 0; k-- {
			if slices.Contains(holding, b.order[k].e) {
				return b.order[k].e
			}
		}
		return nil
	}
	count := map[*entity]int{}
	var stretch []*entity
	for k := i - 1; k >= 0; k-- {
		if e := b.order[k].e; e.kind == Organisation && e != self {
			count[e]++
		}
	}
	firstOf := map[int]bool{}
	for k := i - 1; k >= 0 && len(firstOf) < 6; k-- {
		n := b.order[k]
		s := b.sentenceOf(n.at)
		if s == sid {
			continue
		}
		opener := !firstOf[s] && b.opensSentence(k, s)
		firstOf[s] = true
		if n.e.kind != Organisation || n.e == self || !kindFits(n.e, noun) {
			continue
		}
		if opener {
			return n.e
		}
		stretch = append(stretch, n.e)
	}
	var best *entity
	for _, e := range stretch {
		if best == nil || count[e] > count[best] {
			best = e
		}
	}
	return best
}

// opensSentence reports whether b.order[k] is the first name of sentence s.
func (b *builder) opensSentence(k, s int) bool {
	return k == 0 || b.sentenceOf(b.order[k-1].at) != s
}

// sentenceOf returns the ID of the sentence holding offset at.
func (b *builder) sentenceOf(at int) int {
	ss := b.a.Sentences
	i, _ := slices.BinarySearchFunc(ss, at, func(s article.Sentence, at int) int { return s.Start - at })
	if i < len(ss) && ss[i].Start == at {
		return ss[i].ID
	}
	if i > 0 {
		return ss[i-1].ID
	}
	return 0
}

// kindFits reports whether an organisation may be called by noun: it is
// described as nothing else, or as that noun, or as a business when the
// noun is "company" or "firm".
func kindFits(e *entity, noun string) bool {
	other := false
	for _, r := range e.rels {
		switch {
		case r.head == noun:
			return true
		case r.head != "" && !(lexicon.Businesses.Has(noun) && lexicon.Businesses.Has(r.head) &&
			(lexicon.Generic(noun) || lexicon.Generic(r.head))):
			other = true
		}
	}
	return !other || strings.TrimSpace(noun) == ""
}

// introduces reports whether the description at token k is set off before
// a name: "The developer behind Ashgrove, Fenwick Homes, chose …".
func introduces(p *para, k int) bool {
	for j := k + 1; j < len(p.toks)-1 && j <= k+4 && p.toks[j].sent == p.toks[k].sent; j++ {
		if p.toks[j].is(",") {
			return p.mentAt[j+1] >= 0
		}
	}
	return false
}

// nameHolds reports whether an organisation's name holds the noun.
func (b *builder) nameHolds(noun string) bool {
	for _, e := range b.rs.orgs {
		if slices.Contains(fuzzy.Words(e.name), noun) {
			return true
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
