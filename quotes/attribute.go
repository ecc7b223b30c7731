package quotes

import "articlebot/lexicon"

// attribute finds the speaker of quotation q of paragraph p, in order:
// a continued quotation keeps its speaker; an attribution right after the
// closing mark (“…,” Okafor said / “…,” said Maria Gonzalez); a speech
// verb before the opening mark in the same clause (He wrote, “…” / She
// called it “…”); and for a quotation with no speech verb around it, a
// bare "X said." in the next sentence, the paragraph's earlier speaker, or
// the previous sentence's subject.
func (b *builder) attribute(p *para, q *quoteInfo, paraLast who) who {
	if q.span.cont && b.lastQuote.ok() {
		return b.lastQuote
	}
	w, st := b.post(p, q.closeTok, false)
	if st == none {
		w, st = b.pre(p, q.openTok)
	}
	if st != none && w.ok() {
		return w
	}
	if w, st := b.colonSpeaker(p, q.openTok); st == found {
		return w
	}
	if st != none {
		return w
	}
	if w, st := b.bareNext(p, q); st == found {
		return w
	}
	if paraLast.ok() {
		return paraLast
	}
	if e := b.sentAny[q.sent-1]; q.sent > 0 && e != nil {
		return who{ent: e}
	}
	return who{}
}

// post looks for an attribution right after a closing mark at c: a subject
// then a verb, or an inverted verb then its subject. With bare set, c is
// the token before a sentence that may be only an attribution.
func (b *builder) post(p *para, c int, bare bool) (who, status) {
	if c < 0 {
		return who{}, none
	}
	toks := p.toks
	i := c + 1
	if i >= len(toks) || (!bare && toks[i].sent != toks[c].sent) {
		return who{}, none
	}
	sent := toks[i].sent
	if toks[i].is(",") {
		i++
	}
	for k := i; k < len(toks) && k < i+20 && toks[k].sent == sent && toks[k].kind != qopen; k++ {
		v, ok := speechVerb(toks, k, true)
		if !ok {
			continue
		}
		if k == i || v == "according to" {
			if src := sourceAfter(toks, k, v); src >= 0 {
				if w, st := b.whoAt(p, src, v != "according to"); st == found {
					return w, found
				}
			}
			return who{}, none
		}
		w, start, st := b.subject(p, i, k)
		if st != found {
			return who{}, none
		}
		// Only the subject's own words may come first: "the prime
		// minister, Keir Starmer, said", "Mayor Ann Lee said".
		for _, t := range toks[i:start] {
			if !t.is(",") && !(t.isWord() && (t.lower() == "the" || t.capital() || lexicon.IsRole(t.text) || lexicon.RoleAdjectives.Has(t.text))) {
				return who{}, none
			}
		}
		return w, found
	}
	return who{}, none
}

// pre looks for a speech verb before the opening mark at o, in the clause
// that starts the sentence or follows the previous quotation.
func (b *builder) pre(p *para, o int) (who, status) {
	toks := p.toks
	lo, _ := p.sentRange(int(toks[o].sent))
	for k := o - 1; k >= lo; k-- {
		if toks[k].kind == qclose {
			lo = k + 1
			break
		}
	}
	for v := o - 1; v >= lo; v-- {
		verb, ok := speechVerb(toks, v, true)
		if !ok {
			continue
		}
		if verb == "according to" || v == lo || inverted(toks, v) {
			if src := sourceAfter(toks, v, verb); src >= 0 && src < o {
				if w, st := b.whoAt(p, src, verb != "according to"); st == found {
					return w, found
				}
			}
		}
		w, _, st := b.subject(p, lo, v)
		switch st {
		case found:
			return w, found
		case relative:
			continue
		}
		if w, st := b.coordinated(p, v); st == found {
			return w, found
		}
		return who{}, found // a speech verb with no named subject: unattributable
	}
	return who{}, none
}

// bareNext attributes a quotation that ends its sentence to a next
// sentence in the paragraph that is only an attribution: “…” Smith said.
func (b *builder) bareNext(p *para, q *quoteInfo) (who, status) {
	if q.closeTok < 0 {
		return who{}, none
	}
	_, hi := p.sentRange(q.sent)
	if hi != q.closeTok+1 || hi >= len(p.toks) {
		return who{}, none
	}
	nlo, nhi := p.sentRange(int(p.toks[hi].sent))
	words := 0
	for _, t := range p.toks[nlo:nhi] {
		if t.kind == qopen || t.quote >= 0 {
			return who{}, none
		}
		if t.isWord() {
			words++
		}
	}
	if words > 6 {
		return who{}, none
	}
	return b.post(p, nlo-1, true)
}

// whoAt returns the speaker named by the mention starting at token i. For
// an inverted attribution the name must end the clause.
func (b *builder) whoAt(p *para, i int, inverted bool) (who, status) {
	mi := -1
	if i >= 0 && i < len(p.toks) {
		mi = int(p.mentAt[i])
		if mi < 0 {
			// A title before the name: "said Mayor Ann Lee".
			for j := i + 1; j < len(p.toks) && j < i+4 && mi < 0; j++ {
				if k := p.mentAt[j]; k >= 0 && p.ments[k].runLo == i {
					mi = int(k)
				}
			}
		}
	}
	if mi < 0 {
		return who{}, none
	}
	m := p.ments[mi]
	if (m.runLo != i && m.lo != i) || m.ent == nil || (inverted && !endsClause(p.toks, m.hi)) {
		return who{}, none
	}
	return who{ent: m.ent}, found
}
