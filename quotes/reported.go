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
	for _, at := range p.said {
		if int(at.sent) != sid {
			continue
		}
		v, verb := int(at.tok), at.verb
		if bySource(verb) {
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

// verbAt is a verb of speech at token tok of sentence sent.
type verbAt struct {
	tok, sent int32
	verb      string
}

// speechVerbsOf returns the verbs of speech of p's sentences, outside
// relative clauses, in order: what reported reads of each sentence, found
// when p is tokenised, on every core. Scanning every sentence for them as
// it was attributed was 35 ms of a 4.5 MB article's one-core passes.
func speechVerbsOf(p *para) []verbAt {
	var out []verbAt
	for _, sid := range p.sents {
		lo, hi := p.sentRange(sid)
		for v := lo; v < hi; v++ {
			if end := relativeEnd(p.toks, v, hi); end > v {
				// "a nurse, who asked not to be named because staff were
				// told not to talk, said": the clause's verbs are not the
				// sentence's.
				v = end
				continue
			}
			if verb, ok := speechVerb(p.toks, v, false); ok {
				out = append(out, verbAt{tok: int32(v), sent: int32(sid), verb: verb})
			}
		}
	}
	return out
}

// relativeEnd returns the comma that closes a relative clause set off by
// commas whose opening comma is token v (", who asked …,"), or -1.
func relativeEnd(toks []token, v, hi int) int {
	if !toks[v].is(",") || v+1 >= hi {
		return -1
	}
	if w := toks[v+1].lower(); w != "who" && w != "whose" && w != "which" {
		return -1
	}
	for k := v + 2; k < hi; k++ {
		if toks[k].is(",") {
			return k
		}
		if toks[k].quote >= 0 || !toks[k].isWord() {
			return -1
		}
	}
	return -1
}
