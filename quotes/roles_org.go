package quotes

import (
	"slices"
	"strings"

	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// orgDescriptions reads definite descriptions of organisations ("the
// company said", "Shares of the company rose", "come back to the
// charity"), resolves each to the organisation it refers to, and gives
// that organisation the noun as a description, so that "the charity" finds
// the charity.
func (b *builder) orgDescriptions() {
	// The words of the organisations' names, gathered once and only when
	// first asked: nothing here names or renames an organisation, and
	// splitting every name again for each noun was half of this pass.
	var held map[string]bool
	nameHolds := func(noun string) bool {
		if held == nil {
			held = b.orgNameWords()
		}
		return held[noun]
	}
	for _, p := range b.paras {
		for k := 1; k+1 < len(p.toks); k++ {
			t := p.toks[k]
			// The cheap tests first: whether a word is capitalised reads it
			// whole, and this loop reads every token of the article.
			if !t.isWord() || p.mentAt[k] >= 0 || !lexicon.OrgNouns.Has(t.text) || t.capital() || !strings.EqualFold(p.toks[k-1].text, "the") {
				continue
			}
			w := t.text
			if n := p.toks[k+1]; n.capital() || n.is("of") {
				continue // "the company Corran Estates", "the university of …"
			}
			if nounModifier(p.toks, k) {
				continue // "the team bus", "the club shop": another thing
			}
			if e, ok := introduces(p, k); ok {
				// "The company that operates the ferries, Selkie Lines,
				// said": the name set off after the noun is what the
				// noun calls, so a later "the company said" may mean it.
				if e != nil && e.kind == Organisation {
					e.addRole(w)
					b.noteKind(w, e)
				}
				continue
			}
			// A noun that heads names ("Court", "Club") refers to an
			// organisation the article does not name ("he told the court")
			// unless the organisation acts: "The club said", "the
			// court's ruling".
			acts := t.poss || lexicon.SpeechVerbs.Has(p.toks[k+1].lower())
			if !acts && lexicon.IsOrgHead(w) && !nameHolds(w) {
				continue
			}
			if b.unnamedBefore(w, int(t.start)) != nil {
				continue // "the league's disciplinary committee … the committee said"
			}
			if e := sentenceOrg(p, k); e != nil && kindFits(e, w) && !nameHolds(w) {
				e.addRole(w)
				b.noteKind(w, e)
				continue
			}
			if e := b.orgBefore(w, int(t.sent), int(t.start), nil); e != nil && !slices.Contains(fuzzy.Words(e.name), w) {
				e.addRole(w)
			}
		}
	}
}

// introduces reports whether the description at token k is set off before
// a name: "The builder behind Larkfield, Corran Estates, chose …", "The
// company that operates the ferry service, Selkie Lines, said" (up to eight
// words, no speech verb among them), and returns what the name resolved
// to.
func introduces(p *para, k int) (*entity, bool) {
	for j := k + 1; j < len(p.toks)-1 && j <= k+8 && p.toks[j].sent == p.toks[k].sent && p.toks[j].quote < 0; j++ {
		if _, ok := speechVerb(p.toks, j, false); ok {
			return nil, false
		}
		if p.toks[j].is(",") {
			if mi := p.mentAt[j+1]; mi >= 0 {
				return p.ments[mi].ent, true
			}
			return nil, false
		}
	}
	return nil, false
}

// orgNameWords returns the words of the organisations' names (folded, as
// fuzzy.Words splits them): a noun among them is held by a name.
func (b *builder) orgNameWords() map[string]bool {
	held := map[string]bool{}
	for _, e := range b.rs.orgs {
		for w := range fuzzy.WordSeq(e.name) {
			held[w] = true
		}
	}
	return held
}

// orgBefore resolves "the NOUN" at offset at in sentence sid: the
// organisation named last before it whose name holds the noun; else the
// organisation the nearest earlier sentence (of the last six) opens with
// as its subject (not after a preposition),
// unless described as another kind; else, of those named in that
// stretch, the one the article names most. A dateline's agency is never
// one.
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
		if n.e.kind != Organisation || n.e == self || n.e.wire || !kindFits(n.e, noun) {
			continue
		}
		if opener && !n.object {
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

// personsBody is what a person's possessive right before an organisation's
// name says of it: "Ms Tollefsen’s Hill Country Party" is her party, found by
// "Tollefsen's party" when the article names other parties.
func personsBody(p *para, m *mention) described {
	k := m.runLo - 1
	if k < 0 || !p.toks[k].poss || p.toks[k].plural() {
		return described{}
	}
	mi := p.mentAt[k]
	if mi < 0 || p.ments[mi].hi != k+1 {
		return described{}
	}
	o := p.ments[mi].ent
	if o == nil || o.kind != Person || m.ent == nil {
		return described{}
	}
	head := m.ent.nameHead()
	if !lexicon.IsOrgNoun(head) {
		return described{}
	}
	return described{text: possessiveOf(o.name) + " " + head, owner: o}
}

// apposedToBody reports whether the name m is set off by commas after a
// lower-case noun for a kind of organisation, with "the" before it: "the
// province’s parliament, the Varhall, voted". Such a name is the body's, one
// word or more: a person is not called "the Varhall". Without "the" the
// name may be a person's ("the gallery’s head of media, Corin Maddox,").
func apposedToBody(toks []token, m *mention) bool {
	j := m.runLo - 1
	if j < 0 || !toks[j].is("the") || lexicon.GivenName(toks[m.lo].text) {
		return false
	}
	j--
	if j < 1 || !toks[j].is(",") || !toks[j-1].isWord() || toks[j-1].capital() || toks[j-1].sent != toks[m.lo].sent ||
		!lexicon.IsOrgNoun(toks[j-1].lower()) {
		return false
	}
	return m.hi < len(toks) && (toks[m.hi].is(",") || toks[m.hi].is(".")) && toks[m.hi-1].quote < 0
}

// relativeDescription reads a body's description that a relative clause
// ends at the comma at c, set off before its name: "The company that
// operates the ferry service, Selkie Lines," is the "company that operates
// the ferry service" (the last noun, "service", is no description of it).
// The clause holds at most eight words and opens after a determiner and a
// noun for a body.
func relativeDescription(toks []token, c int) described {
	for j := c - 2; j >= 2 && j >= c-9 && toks[j].isWord() && toks[j].sent == toks[c].sent && toks[j].quote < 0; j-- {
		if !toks[j].is("that") && !toks[j].is("which") {
			continue
		}
		if n := toks[j-1]; n.capital() || !isHead(Organisation, n.text) || !lexicon.Definites.Has(toks[j-2].lower()) && !lexicon.Indefinites.Has(toks[j-2].lower()) {
			return described{}
		}
		return described{text: phrase(toks, j-1, c)}
	}
	return described{}
}

// commonDescription reads a body's description that opens its sentence
// and ends at the comma at c before "the" and its name, when its noun is
// no organisation noun the lexicon lists: "The regional orchards body,
// the Institut Régional des Vergers," is the "regional orchards body".
// "The" and one to four lower-case words, the last a
// common noun and no person's.
func commonDescription(toks []token, c int) described {
	h := c - 1
	if h < 1 || !toks[h].isWord() || toks[h].capital() || toks[h].poss || !lexicon.Noun(fuzzy.Fold(toks[h].text)).Noun || personNoun(toks[h]) {
		return described{}
	}
	for k := h - 1; k >= 0 && k >= h-4 && toks[k].isWord() && toks[k].sent == toks[c].sent && toks[k].quote < 0; k-- {
		if toks[k].lowerIs("the") {
			if !sentenceInitial(toks, k) {
				return described{}
			}
			return described{text: phrase(toks, k+1, c)}
		}
		if toks[k].capital() || lexicon.FunctionWords.Has(toks[k].lower()) || lexicon.Prepositions.Has(toks[k].lower()) {
			return described{}
		}
	}
	return described{}
}
