package quotes

import "articlebot/lexicon"

// openingPlace returns the phrase that opens the sentence before a
// definite role set off by commas when it names the institution the role
// belongs to: "At the Harlow museum, the curator, Ben Tolle, said" gives
// "at the Harlow museum". The phrase is a preposition of place and at
// most six words ending in an organisation noun or an organisation's
// name, so "In the morning, the curator, …" gives nothing.
func openingPlace(p *para, lo int) string {
	toks := p.toks
	c := lo - 2
	if c < 2 || !toks[lo-1].is("the") || !toks[c].is(",") {
		return ""
	}
	start, _ := p.sentRange(int(toks[lo].sent))
	if c-start > 7 || !toks[start].isWord() || !lexicon.PlacePrepositions.Has(toks[start].lower()) {
		return ""
	}
	for _, t := range toks[start+1 : c] {
		if !t.isWord() || t.quote >= 0 {
			return ""
		}
	}
	last := toks[c-1]
	mi := p.mentAt[c-1]
	if !lexicon.IsOrgNoun(last.lower()) && !(mi >= 0 && p.ments[mi].ent != nil && p.ments[mi].ent.kind == Organisation) {
		return ""
	}
	return toks[start].lower() + " " + phrase(toks, start+1, c)
}

// complementedHead returns the role noun a complement with a role in it
// hangs on, before the comma at c: "spokesperson" in "A spokesperson for
// the mayor, Ken Ames,", "aide" in "an aide to the governor, …",
// "head" in "the head of security at the port, …". The name set off after
// it holds that role; the complement's role is someone else's. Else head.
// A kin noun is left to the rules of relatives ("the son of a miner,
// Aldo Varden" is described by both).
// The prepositions are those that join a role to whom or what it serves.
func complementedHead(toks []token, head, c int) int {
	for k := head - 1; k > 0 && k >= c-6; k-- {
		t := toks[k]
		if !t.isWord() || t.quote >= 0 || t.sent != toks[c].sent {
			break
		}
		if w := t.lower(); w == "for" || w == "to" || w == "of" || w == "at" {
			if n := toks[k-1]; n.isWord() && n.quote < 0 && (!n.capital() || sentenceInitial(toks, k-1)) && isHead(Person, n.text) && !lexicon.Kin.Has(n.lower()) {
				return k - 1
			}
			break
		}
	}
	return head
}

// calledRole is what a description that names an entity with "called" or
// "named" says it is: "a Telegram channel called Harbour Watch" makes
// Harbour Watch a "Telegram channel", "a charity named Tidewatch" a
// "charity". The description opens with "a" or "an" and runs at most four
// words to the verb.
func calledRole(p *para, m *mention) described {
	toks := p.toks
	v := m.runLo - 1
	if v < 2 || !toks[v].is("called") && !toks[v].is("named") {
		return described{}
	}
	for k := v - 1; k >= 0 && k >= v-5 && toks[k].isWord() && toks[k].sent == toks[v].sent && toks[k].quote < 0; k-- {
		w := toks[k].lower()
		if lexicon.Indefinites.Has(w) {
			if k == v-1 {
				return described{}
			}
			return described{text: phrase(toks, k+1, v)}
		}
		if lexicon.FunctionWords.Has(w) || toks[k].poss {
			return described{}
		}
	}
	return described{}
}
