package quotes

// reported finds reported speech in sentence sid of p, which holds no
// quotation: the first speech verb whose subject is a name, a resolvable
// pronoun or a group ("Experts suggested"), and any source given by
// "according to". A verb inside a relative clause ("Zelenskiy, who said
// …, warned") is passed over; a verb whose subject is not a name ends the
// search, so that "officials in Kyiv said Putin warned" is not Putin's.
func (b *builder) reported(p *para, sid int) []Statement {
	lo, hi := p.sentRange(sid)
	var out []Statement
	add := func(w who, verb string) {
		for _, s := range out {
			if s.Speaker == w.name() {
				return
			}
		}
		out = append(out, Statement{Speaker: w.name(), Verb: verb, Sentence: sid, Paragraph: p.n})
		if w.ent != nil {
			w.ent.statements++
		}
		b.spoke = append(b.spoke, w)
	}
	done := false
	for v := lo; v < hi; v++ {
		verb, ok := speechVerb(p.toks, v, false)
		if !ok {
			continue
		}
		if verb == "according to" {
			if src := sourceAfter(p.toks, v, verb); src >= 0 && src < hi {
				if w, st := b.whoAt(p, src, false); st == found {
					add(w, verb)
				}
			}
			continue
		}
		if done {
			continue
		}
		w, _, st := b.subject(p, lo, v)
		if st == none && inverted(p.toks, v) {
			if src := sourceAfter(p.toks, v, verb); src >= 0 && src < hi {
				w, st = b.whoAt(p, src, true)
			}
		}
		switch st {
		case found:
			add(w, verb)
			done = true
		case none:
			done = true
		}
	}
	return out
}
