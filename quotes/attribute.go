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
	if q.byTurn {
		return q.speaker
	}
	if q.span.cont && b.lastQuote.ok() {
		return b.lastQuote
	}
	if w, st := b.dashed(p, q.closeTok); st == found {
		return w
	}
	if w, st := b.signedBelow(p, q); st == found {
		return w
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
	if w, st := b.answer(p, q); st == found {
		return w
	}
	if w, st := b.leadIn(p, q); st == found {
		return w
	}
	if lo, _ := p.sentRange(q.sent); lo < q.openTok {
		// "A memo …, signed by Ann Lee, lists the schemes “…”": a
		// document's words are its author's, whatever its verb.
		if w, _, st := b.documentAuthor(p, lo, q.openTok); st == found {
			return w
		}
	}
	if w, st := b.bareNext(p, q); st == found {
		return w
	}
	if lo, _ := p.sentRange(q.sent); lo < q.openTok {
		// "The commissioner, Ms Ada Lee, who …, directed the police to
		// “…”": the words of a sentence's named subject.
		if w, _, st := b.leadSubject(p, lo, q.openTok); st == found && w.ent != nil && w.ent.kind == Person {
			return w
		}
	}
	if paraLast.ok() {
		return paraLast
	}
	if w, ok := b.carriedOver(p, q); ok {
		return w
	}
	if w, st := b.beatNext(p, q); st == found {
		return w
	}
	if e := b.anyIn(q.sent - 1); q.sent > 0 && e != nil && len(b.peopleIn(q.sent-1)) <= 1 {
		// Only when the sentence before is about one person: after "Lena
		// Fischer hired Omar Haddad.", a bare quotation could be either's.
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
	how := howClause(toks, i)
	if how == i && i+1 < len(toks) && toks[i].is("as") && toks[i+1].sent == sent {
		how = i + 1 // "“…,” as one resident put it."
	}
	for k := i; k < len(toks) && k < i+20 && toks[k].sent == sent && toks[k].kind != qopen; k++ {
		v, ok := speechVerb(toks, k, true)
		if !ok && how > i && toks[k].is("put") && k+1 < len(toks) && toks[k+1].is("it") {
			v, ok = "put it", true // "“Dreadful” is how one tenant put it"
		}
		if !ok {
			continue
		}
		if k == i || bySource(v) {
			if src := sourceAfter(toks, k, v); src >= 0 {
				if w, st := b.whoAt(p, src, !bySource(v)); st == found {
					return w, found
				}
			}
			if w, st := b.describedAfter(p, k, v); st == found {
				return w, found
			}
			return who{}, none
		}
		w, start, st := b.subject(p, how, k)
		if st != found {
			return who{}, none
		}
		// Only the subject's own words may come first: "her coach, Tom
		// Berg, said", "the prime
		// minister, Keir Starmer, said", "Mayor Ann Lee said", "the
		// younger Colley said".
		from := pastOneOf(toks, how, start)
		skipLo, skipHi := start, start
		if start-1 > from && toks[start-1].is(",") {
			// "Holbrook's head of design, Gareth Pryce, said": a
			// role's complement before a name set off by commas.
			skipLo, skipHi = complementSpan(toks, from, start-1)
		}
		for k, t := range toks[from:start] {
			if k += from; k >= skipLo && k < skipHi {
				continue
			}
			if !t.is(",") && !(t.isWord() && (lexicon.Definites.Has(t.lower()) || lexicon.Indefinites.Has(t.lower()) || t.capital() || lexicon.IsRole(t.text) || personNoun(t) || lexicon.RoleAdjectives.Has(t.text) || possessiveNoun(t) || lexicon.Seniority(t.lower()) != 0)) {
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
	if w, st := b.mainVerb(p, lo, o); st == found {
		return w, found
	}
	for v := o - 1; v >= lo; v-- {
		verb, ok := speechVerb(toks, v, true)
		if !ok && toks[v].is("put") && v+1 < o && toks[v+1].is("it") {
			verb, ok = "put it", true // "One resident put it this way: “…”"
		}
		if !ok {
			continue
		}
		if passive(toks, lo, v) {
			// "said porters are told to «…»": whoever is told is no
			// speaker; the verb before is the attribution, or the agent
			// after "by" ("were told by the manager to “…”").
			if v+1 < o && toks[v+1].is("by") {
				if w := b.agent(p, v+2, o); w.ok() {
					return w, found
				}
			}
			continue
		}
		if w, st := b.participleSubject(p, v, verb); st == found {
			return w, found
		}
		if c := catenative(toks, lo, v); c > lo {
			// "… and wanted to say that the club had “…”", "used to say":
			// the subject is the verb's before "to".
			if w, _, st := b.subject(p, lo, c); st == found {
				return w, found
			}
			if w, st := b.coordinated(p, c); st == found {
				return w, found
			}
		}
		if bySource(verb) || v == lo || inverted(toks, v) && !subjectBefore(p, lo, v) {
			if src := sourceAfter(toks, v, verb); src >= 0 && src < o {
				if w, st := b.whoAt(p, src, !bySource(verb)); st == found {
					return w, found
				}
			}
			if w, st := b.describedAfter(p, v, verb); st == found {
				return w, found
			}
		}
		w, _, st := b.subject(p, lo, v)
		switch st {
		case found:
			if m := b.memberReporting(p, lo, v, w.ent); m.ok() {
				return m, found
			}
			return w, found
		case relative:
			if w, ok := b.relativeAntecedent(p, lo, v); ok {
				return w, found // "close to Strand, who described it as a ‘…’"
			}
			continue
		}
		if w, st := b.coordinated(p, v); st == found {
			return w, found
		}
		if w, st := b.afterOpening(p, lo, v); st == found {
			return w, found
		}
		return who{}, found // a speech verb with no named subject: unattributable
	}
	return who{}, none
}
