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
