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
	if w, _, st := b.documentAuthor(p, lo, o-1); st == found {
		return w, found // "The memo, signed by Lind, was blunt: “…”"
	}
	for k := lo; k < o-1; k++ {
		if mi := p.mentAt[k]; mi >= 0 {
			m := p.ments[mi]
			if m.ent != nil && m.ent.kind == Person && !toks[m.hi-1].poss && !afterPreposition(toks, m.runLo) && toks[k].quote < 0 && !modifier(p, m) {
				return who{ent: m.ent}, found
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
	return who{}, none
}

// introducer reports whether t introduces a quotation that follows it
// as a colon does: a colon, a dash or an opening bracket.
func introducer(t token) bool {
	return t.is(":") || t.is("—") || t.is("–") || t.is("(")
}
