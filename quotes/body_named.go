package quotes

import "articlebot/lexicon"

// bodyNounBefore reports whether the name run starting at token lo is set
// right after a noun for a kind of body, itself after a determiner and at
// most two lower-case modifiers: "the charity Green Moor Kids", "the
// environmental group Silver Fen Watch", "a folk band Copper Kettles". It
// returns the token where the description starts (the first modifier or
// the noun). A name so introduced is an organisation's even when no word of
// it says so.
func bodyNounBefore(toks []token, lo int) (int, bool) {
	k := lo - 1
	if k < 1 || !toks[k].isWord() || toks[k].capital() || toks[k].poss || !lexicon.NamesBody(toks[k].lower()) || toks[k].sent != toks[lo].sent {
		return 0, false
	}
	from := k
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		t := toks[j]
		if !t.isWord() || t.sent != toks[lo].sent {
			return 0, false
		}
		w := t.lower()
		if lexicon.Definites.Has(w) || lexicon.Indefinites.Has(w) {
			return from, true
		}
		// A modifier is a lower-case word that no clause word is: "the
		// firm sold Green Moor Kids" has a verb before the name.
		if t.capital() || t.poss || lexicon.FunctionWords.Has(w) || lexicon.MostlyVerb(w) || lexicon.SpeechVerbs.Has(w) || lexicon.Auxiliaries.Has(w) {
			return 0, false
		}
		from = j
	}
	return 0, false
}

func bodyNamed(toks []token, lo int) bool {
	_, ok := bodyNounBefore(toks, lo)
	return ok
}

// namedAfter returns the organisation whose name follows the noun at head
// as its apposition ("the union Metallwerk Zwei"), or nil.
func namedAfter(p *para, head int) *entity {
	k := head + 1
	if k >= len(p.toks) || p.mentAt[k] < 0 {
		return nil
	}
	m := p.ments[p.mentAt[k]]
	if m.runLo != k || m.ent == nil || m.ent.kind != Organisation || !bodyNamed(p.toks, k) {
		return nil
	}
	return m.ent
}
