// Salience: whom "he" or "she" means when the sentences before name
// someone only in passing, or no one.

package quotes

// salient returns the person of gender g the article has referred to in
// the most sentences so far, if in two or more.
func (b *builder) salient(g byte) *entity {
	e := b.main[0]
	if g == 'm' {
		e = b.main[1]
	}
	if e == nil || e.sents < 2 || e.gender != g {
		return nil
	}
	return e
}

// inPassing reports whether person e, whom sentence s refers to, was named
// there in passing, so that a pronoun in sentence sent means the main
// person instead: s lies in an earlier paragraph than sent, and e is
// referred to in that sentence alone while the main person is referred to
// in s's paragraph or after it, more often. "At 17 she moved to Leeds. The
// landlady of the Crown, Peggy Shaw, let her sing for tips. ¶ Her first
// record …" is the main person's record.
func (b *builder) inPassing(e *entity, s, sent int, main *entity) bool {
	ss := b.a.Sentences
	if ss[s].Para == ss[sent].Para || e.sents > 1 || main.sents <= e.sents {
		return false
	}
	if lo := b.paraStart(s); main.lastSent >= lo {
		return true
	}
	// Two paragraphs back or more, the main person comes first (a
	// paragraph of background about someone else lies between).
	return ss[s].Para < ss[b.paraStart(sent)-1].Para
}

// paraStart returns the first sentence of sentence s's paragraph.
func (b *builder) paraStart(s int) int {
	ss := b.a.Sentences
	for s > 0 && ss[s-1].Para == ss[s].Para {
		s--
	}
	return s
}

// countRefs notes that sentence sid refers to each of people, for
// salience: each one's count of sentences and the main person of each
// gender.
func (b *builder) countRefs(sid int, people []*entity) {
	for _, e := range people {
		if e.sents > 0 && e.lastSent == sid {
			continue
		}
		e.sents++
		e.lastSent = sid
		k := -1
		switch e.gender {
		case 'f':
			k = 0
		case 'm':
			k = 1
		}
		if k >= 0 && (b.main[k] == nil || e.sents > b.main[k].sents) {
			b.main[k] = e
		}
	}
}
