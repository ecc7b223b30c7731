package quotes

import "articlebot/lexicon"

// bareOrgStart returns where a description without an article begins
// when it opens its clause, the way news copy names a body in its lead:
// "Norwegian top-flight club Fjellvik IL said", "OSLO (Agency) -
// state-owned lender Nordbank will". The lower-case words from lo must
// end in an organisation noun right before the name, and may follow one
// capitalised word that names nothing the article knows (a demonym:
// "Norwegian"), as the person side reads "Council member Ann Lee". It
// returns -1 when the words do not open the clause ("fans of the
// top-flight club Fjellvik" has its article; "beat second-division club
// Fjellvik" is an object, whose description is kept only after "the").
func bareOrgStart(p *para, m *mention, lo int) int {
	toks := p.toks
	if !lexicon.IsOrgNoun(toks[m.runLo-1].lower()) {
		return -1
	}
	if leadsClause(p, lo) {
		return lo
	}
	k := lo - 1
	if t := toks[k]; t.isWord() && t.capital() && t.quote < 0 && t.sent == toks[lo].sent && leadsClause(p, k) &&
		!lexicon.SentenceStarters.Has(t.text) && !lexicon.IsTitleWord(t.text) && (p.mentAt[k] < 0 || p.ments[p.mentAt[k]].ent == nil) {
		return k
	}
	return -1
}

// leadsClause reports whether token k opens its sentence or follows the
// paragraph's dateline or time stamp.
func leadsClause(p *para, k int) bool {
	return k == p.stamp && k > 0 || sentenceInitial(p.toks, k)
}
