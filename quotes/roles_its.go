package quotes

// subjectOrgBefore returns, for a possessive pronoun at k that opens its
// sentence, the first organisation the sentence before names outside a
// prepositional phrase: "The union, UNIMOL, called a strike at all Varco
// sites. Its general secretary …" is the union's, not the owner of the
// sites named last. A pronoun that opens its paragraph looks back to the
// last sentence of the paragraph before: "Harrow Water Watch, a
// campaign group, said its review had listed the dam. ¶ Its director,
// Dr Ann Lee, said …" is the group's.
func (b *builder) subjectOrgBefore(p *para, k int, self *entity) *entity {
	toks := p.toks
	lo, _ := p.sentRange(int(toks[k].sent))
	if lo != k {
		return nil
	}
	q, plo, phi := p, 0, lo
	if lo == 0 {
		q = b.paraBefore(p)
		if q == nil || len(q.toks) == 0 {
			return nil
		}
		phi = len(q.toks)
		plo, _ = q.sentRange(int(q.toks[phi-1].sent))
	} else {
		plo, _ = p.sentRange(int(toks[lo-1].sent))
	}
	for j := plo; j < phi; j++ {
		mi := q.mentAt[j]
		if mi < 0 || q.toks[j].quote >= 0 {
			continue
		}
		m := q.ments[mi]
		if m.ent == nil || m.ent == self || q.toks[m.hi-1].poss || afterPreposition(q.toks, m.runLo) {
			j = m.hi - 1
			continue
		}
		if m.ent.kind == Organisation {
			return m.ent
		}
		return nil
	}
	return nil
}
