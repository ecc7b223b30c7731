package quotes

import "articlebot/lexicon"

// colonSpeaker attributes a quotation introduced by a colon, a dash or a
// bracket in a sentence with no verb of speech ("Among them was Ruth
// Anders, a retired teacher …: “…”"; "he gave a measured answer: “…”";
// "she is clear about why she stayed — “…”"; "Ann Lee has a simpler plan
// (“…”)"): the first person named in the clause before the mark, not
// after a preposition, else its first "he" or "she".
func (b *builder) colonSpeaker(p *para, o int) (who, status) {
	toks := p.toks
	if o < 1 || !introducer(toks[o-1]) {
		return who{}, none
	}
	lo, _ := p.sentRange(int(toks[o].sent))
	return b.introSpeaker(p, lo, o-1)
}

// leadIn attributes a quotation that opens a paragraph to the sentence
// that ends the paragraph before with a colon: "Supt. Dale Hay then read a
// statement on behalf of the Marsh family:" and the statement below it.
func (b *builder) leadIn(p *para, q *quoteInfo) (who, status) {
	prev := b.prevPara
	if q.openTok != 0 || prev == nil || prev.n != p.n-1 || len(prev.toks) == 0 || !prev.toks[len(prev.toks)-1].is(":") {
		return who{}, none
	}
	end := len(prev.toks) - 1
	lo, _ := prev.sentRange(int(prev.toks[end].sent))
	return b.introSpeaker(prev, lo, end)
}

// introSpeaker finds the speaker of a quotation introduced by the clause
// [lo, end) with a colon, a dash or a bracket: whose a document the clause
// reads out or describes is ("The memo, signed by Lind, was blunt:", "read
// a statement on behalf of the Marsh family:"), else the clause's first
// person, else its first "he" or "she", else an organisation that opens
// the clause ("Denholm released a statement that read:").
func (b *builder) introSpeaker(p *para, lo, end int) (who, status) {
	toks := p.toks
	if w, _, st := b.documentAuthor(p, lo, end); st == found {
		return w, found
	}
	for k := lo; k < end; k++ {
		if toks[k].isWord() && toks[k].quote < 0 && lexicon.StatementNouns.Has(toks[k].lower()) {
			if w, ok := b.docSource(p, k, end); ok {
				return w, found
			}
		}
	}
	var org *entity
	for k := lo; k < end; k++ {
		if mi := p.mentAt[k]; mi >= 0 {
			m := p.ments[mi]
			if e := channelOwner(p, m, end); e != nil {
				return who{ent: e}, found
			}
			if m.ent != nil && m.ent.kind == Person && !toks[m.hi-1].poss && !afterPreposition(toks, m.runLo) && toks[k].quote < 0 && !modifier(p, m) {
				return who{ent: m.ent}, found
			}
			if m.ent != nil && m.ent.kind == Organisation && m.runLo == lo && !toks[m.hi-1].poss && !modifier(p, m) {
				org = m.ent // "Denholm released a statement that read:"
			}
			k = m.hi - 1
			continue
		}
		if w := toks[k].lower(); toks[k].isWord() && lexicon.PersonPronouns.Has(w) && !afterPreposition(toks, k) {
			if e := b.pronoun(int(toks[k].sent), w); e != nil {
				return who{ent: e}, found
			}
		}
	}
	if org != nil {
		// An organisation that opens the clause is its subject, when no
		// person is named in it.
		return who{ent: org}, found
	}
	return b.readOut(p, lo, end)
}

// introducer reports whether t introduces a quotation that follows it
// as a colon does: a colon, a dash or an opening bracket.
func introducer(t token) bool {
	return t.is(":") || t.is("—") || t.is("–") || t.is("(")
}

// channelOwner returns whose a channel the mention m opens as its
// possessive is, when the channel is the clause's subject: "Dunmore's
// official account posted after the whistle:", "Ana Ruiz's page read:".
func channelOwner(p *para, m mention, end int) *entity {
	toks := p.toks
	if m.ent == nil || !toks[m.hi-1].poss || afterPreposition(toks, m.runLo) {
		return nil
	}
	for k := m.hi; k < end && k <= m.hi+2 && toks[k].isWord() && !toks[k].capital(); k++ {
		if lexicon.ChannelNouns.Has(toks[k].lower()) {
			return m.ent
		}
	}
	return nil
}
