package quotes

import "articlebot/lexicon"

// documentAuthor finds who wrote a document that is the subject of the
// clause [lo, v): "The memo, signed by chief executive Paul Lind, told
// managers to “…”", "An email sent by Lind to the board said: “…”", "a
// letter from the governors said". The document speaks for its author.
// Only an authoring verb names the author: a reader ("the family's
// statement, read by Supt. Dale Hay, said") or a recipient is not one.
func (b *builder) documentAuthor(p *para, lo, v int) (who, int, status) {
	toks := p.toks
	k := lo
	if k < v && toks[k].isWord() && lexicon.Conjunctions.Has(toks[k].lower()) {
		k++
	}
	if k >= v || !toks[k].isWord() || !(lexicon.Definites.Has(toks[k].lower()) || lexicon.Indefinites.Has(toks[k].lower())) {
		return who{}, 0, none
	}
	doc := -1
	for k++; k < v && k < lo+5 && toks[k].isWord() && toks[k].quote < 0; k++ {
		if lexicon.StatementNouns.Has(toks[k].lower()) {
			doc = k
			break
		}
	}
	if doc < 0 {
		return who{}, 0, none
	}
	k = doc + 1
	if k < v && toks[k].is(",") {
		k++
	}
	switch {
	case k+1 < v && toks[k].isWord() && lexicon.AuthorVerbs.Has(toks[k].lower()) && toks[k+1].is("by"):
		k += 2
	case k < v && toks[k].is("from"):
		k++
	default:
		return who{}, 0, none
	}
	// "by chief executive Paul Lind", "from the board's chair, Ann Lee"
	for n := 0; k < v && n < 4 && p.mentAt[k] < 0 && toks[k].isWord() && !toks[k].capital(); k, n = k+1, n+1 {
		if w := toks[k].lower(); !lexicon.IsRole(w) && !lexicon.RoleAdjectives.Has(w) && !lexicon.Definites.Has(w) {
			return who{}, 0, none
		}
	}
	if k >= v || p.mentAt[k] < 0 {
		return who{}, 0, none
	}
	m := p.ments[p.mentAt[k]]
	if m.ent == nil || toks[m.hi-1].poss {
		return who{}, 0, none
	}
	return who{ent: m.ent}, lo, found
}
