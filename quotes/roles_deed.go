// Roles read from what a sentence says a person did or is, past the
// phrases set off after their name.

package quotes

import "articlebot/lexicon"

// roleByDeed reads what a person's deed makes them, when the sentence
// opens with their name and its verb, a deed in the past (lexicon.Deeds),
// has an object: "Leona Tarrant has won the Kelby seat" gives "winner of
// the Kelby seat", "Ada Quist founded the choir in 1990" "founder of the
// choir" (the agent noun WordNet derives from the verb, lexicon.AgentNoun).
func roleByDeed(p *para, m *mention) string {
	toks := p.toks
	if toks[m.hi-1].poss || !subjectOpens(p, m) {
		return ""
	}
	v := pastSetOff(toks, m.hi)
	if v == m.hi && (v >= len(toks) || !toks[v].isWord()) {
		return ""
	}
	for v < len(toks) && toks[v].isWord() && (toks[v].is("has") || toks[v].is("had") || toks[v].is("have")) {
		v++
	}
	if v+2 >= len(toks) || !toks[v].isWord() || toks[v].sent != toks[m.lo].sent || toks[v].quote >= 0 {
		return ""
	}
	w := toks[v].lower()
	if !lexicon.Deeds.Has(w) {
		return ""
	}
	if o := toks[v+1].lower(); o != "the" && o != "a" && o != "an" && !lexicon.PossessivePronouns.Has(o) {
		return ""
	}
	agent := lexicon.AgentNoun(w)
	if agent == "" {
		return ""
	}
	// The object up to its first preposition: "winner of the Kelby
	// seat", not "… with her husband".
	hi := v + 1
	for hi < len(toks) && hi < v+7 && toks[hi].isWord() && toks[hi].sent == toks[v].sent && !lexicon.Prepositions.Has(toks[hi].lower()) &&
		!lexicon.Subordinators.Has(toks[hi].lower()) && !toks[hi].is("and") {
		hi++
	}
	return agent + " of " + phrase(toks, v+1, hi)
}

// subjectOpens reports whether the name of m, with its title and any
// name before the title ("Harbour Party candidate Lena Brook"), opens
// its sentence.
func subjectOpens(p *para, m *mention) bool {
	lo := titleStart(p, m)
	if lo > 0 {
		if mi := p.mentAt[lo-1]; mi >= 0 && p.ments[mi].hi == lo {
			lo = p.ments[mi].runLo
		}
	}
	return sentenceInitial(p.toks, lo)
}

// pastSetOff returns the token after the phrases set off by commas right
// after a name ending at i (an age, an apposition, an address) when a
// linking verb follows them, else i: ", 44, a former nurse, is".
func pastSetOff(toks []token, i int) int {
	k := i
	for n := 0; n < 3 && k < len(toks) && toks[k].is(","); n++ {
		c := k + 1
		for c < len(toks) && c <= k+12 && toks[c].isWord() && toks[c].sent == toks[i].sent && toks[c].quote < 0 {
			c++
		}
		if c >= len(toks) || !toks[c].is(",") || c == k+1 {
			return i
		}
		k = c
		if c+1 < len(toks) && predicateStart(toks, c+1) >= 0 {
			return c + 1
		}
	}
	return i
}
