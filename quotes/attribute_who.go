package quotes

import "articlebot/lexicon"

// whoAt returns the speaker named by the mention starting at token i. For
// an inverted attribution the name must end the clause.
func (b *builder) whoAt(p *para, i int, inverted bool) (who, status) {
	mi := -1
	if i >= 0 && i < len(p.toks) {
		mi = int(p.mentAt[i])
		if mi < 0 {
			// A title before the name: "said Mayor Ann Lee".
			for j := i + 1; j < len(p.toks) && j < i+4 && mi < 0; j++ {
				if k := p.mentAt[j]; k >= 0 && (p.ments[k].runLo == i || markedTitle(p.ments[k], i)) {
					mi = int(k)
				}
			}
		}
	}
	if mi < 0 {
		return who{}, none
	}
	m := p.ments[mi]
	if t, ok := titledAfter(p, m.hi); ok && m.runLo == i && (m.ent == nil || m.ent.kind != Person) {
		m = t
	} else if m.runLo != i && m.lo != i && !markedTitle(m, i) {
		return who{}, none
	}
	if m.ent == nil {
		return who{}, none
	}
	if p.toks[m.hi-1].poss {
		return b.ownersNamed(p, m.hi)
	}
	if inverted && !endsClause(p.toks, m.hi) && !affiliation(p.toks, m.hi) {
		return who{}, none
	}
	return who{ent: m.ent}, found
}

// describedAfter finds a speaker described, not named, after an inverted
// verb or "according to" at v: "“…,” said a resident of Elm Street who
// declined to give her name", "according to a senior official at the
// water board". The description runs to a comma, a relative pronoun or the
// end of the sentence, and is read as a subject before its verb is (see
// described). Without it a named person nearby would take the words.
func (b *builder) describedAfter(p *para, v int, verb string) (who, status) {
	toks := p.toks
	start := v + 1
	if bySource(verb) {
		start++
	}
	if start >= len(toks) || toks[start].sent != toks[v].sent {
		return who{}, none
	}
	end := start
	for ; end < len(toks) && end < start+12 && toks[end].sent == toks[v].sent && toks[end].kind != qopen && toks[end].quote < 0; end++ {
		if t := toks[end]; !t.isWord() && !t.poss || t.is("who") || t.is("which") || t.is("that") {
			break
		}
		if w := toks[end].lower(); end > start && (lexicon.Auxiliaries.Has(w) || lexicon.Copulas.Has(w)) {
			// "said the clinic had seen “…”": the
			// words after the verb are a clause of their own, said by
			// the subject before it.
			return who{}, none
		}
	}
	if end == start {
		return who{}, none
	}
	if w, ok := b.namedAfterDescription(p, end); ok {
		return w, found // "“…,” exclaimed another judge, Ann Lee."
	}
	if r := restrictiveEnd(toks, end, len(toks)); r > end {
		end = r // "“…,” said a parent who declined to give her name."
	}
	w, _, st := b.described(p, start, end)
	return w, st
}
