package quotes

import (
	"sort"

	"articlebot/lexicon"
)

// readOut finds whose words a text is when the clause [lo, end) of p,
// which introduces it with a colon, names the text only by "it", "this"
// or a noun: "It reads, in part:", "The column ends:", "This one goes
// on:". The text is what the sentence before wrote: "Last month Quinn
// wrote an essay for the newsletter. It reads, in part:" makes the essay,
// and every paragraph of it below, Quinn's. Up to readOutBack sentences
// back, in this paragraph or the one before, are searched for a person or
// organisation that is the subject of a verb of writing
// (lexicon.WriteVerbs).
func (b *builder) readOut(p *para, lo, end int) (who, status) {
	toks := p.toks
	if lo >= end || !toks[lo].isWord() {
		return who{}, none
	}
	v := lo + 1
	if lexicon.Definites.Has(toks[lo].lower()) || toks[lo].is("This") {
		v = lo + 2 // "The essay reads:", "This one goes on:"
	} else if !(toks[lo].is("It") || toks[lo].is("it")) {
		return who{}, none
	}
	if v >= end || !toks[v].isWord() || !lexicon.ReadVerbs.Has(toks[v].lower()) || p.mentAt[lo] >= 0 {
		return who{}, none
	}
	sid := int(toks[lo].sent)
	for _, q := range []*para{p, b.paraBefore(p)} {
		if q == nil {
			continue
		}
		for i := len(q.sents) - 1; i >= 0; i-- {
			s := q.sents[i]
			if s >= sid || s < sid-readOutBack {
				continue
			}
			if w, ok := b.writer(q, s); ok {
				return w, found
			}
		}
	}
	if noun := b.textNoun(p, lo, v); noun != "" {
		if w, ok := b.writerAfter(p, noun); ok {
			return w, found
		}
	}
	return who{}, none
}

// textNoun returns the statement noun (lexicon.StatementNouns) of the
// text a clause "It begins:" or "The post begins:" reads out, v its verb:
// the clause's own noun, else the last one of the sentence before ("A
// post shared 9,000 times claims that …. It begins:"). Else "".
func (b *builder) textNoun(p *para, lo, v int) string {
	toks := p.toks
	if v == lo+2 {
		if w := toks[lo+1].lower(); lexicon.StatementNouns.Has(w) {
			return w
		}
		return ""
	}
	sid := int(toks[lo].sent)
	q, s := p, sid-1
	if first, _ := p.sentRange(sid); first == 0 || lo > first {
		if lo > first || b.paraBefore(p) == nil {
			return ""
		}
		q = b.paraBefore(p)
		s = q.sents[len(q.sents)-1]
	}
	from, to := q.sentRange(s)
	noun := ""
	for k := from; k < to; k++ {
		if t := q.toks[k]; t.isWord() && t.quote < 0 && lexicon.StatementNouns.Has(t.lower()) {
			noun = t.lower()
		}
	}
	return noun
}

// writerAfter returns who the article names, after the text a clause
// reads out, as the writer of the text with noun: the first paragraph
// past the quoted paragraphs that follow p, up to readOutAhead of them,
// opening "The <noun> was first posted by …" ("The message was first
// posted by a channel called Harbour Watch"). A fact check quotes the
// claim first and says whose it is after.
func (b *builder) writerAfter(p *para, noun string) (who, bool) {
	i := sort.Search(len(b.paras), func(i int) bool { return b.paras[i].n > p.n })
	for n := 0; i < len(b.paras) && n < readOutAhead; i, n = i+1, n+1 {
		q := b.paras[i]
		if allQuoted(q) {
			continue
		}
		if len(q.sents) == 0 {
			return who{}, false
		}
		lo, hi := q.sentRange(q.sents[0])
		if lo+2 >= hi || !q.toks[lo].is("The") && !q.toks[lo].is("This") || q.toks[lo+1].lower() != noun {
			return who{}, false
		}
		return b.writer(q, q.sents[0])
	}
	return who{}, false
}

// readOutAhead is how many paragraphs after "It begins:" writerAfter
// reads: the text's own paragraphs, then the one that says whose it is.
const readOutAhead = 4

// allQuoted reports whether every word of p is inside quotation marks.
func allQuoted(p *para) bool {
	for _, t := range p.toks {
		if t.isWord() && t.quote < 0 {
			return false
		}
	}
	return len(p.toks) > 0
}

// readOutBack is how many sentences before "It reads:" the text it reads
// out may have been written: enough for a sentence about where the text
// appeared ("It has since been shared widely.") between the two.
const readOutBack = 3

// writer returns the subject of the first verb of writing in sentence sid
// of p, outside quotations: "Quinn wrote an essay", "The union posted a
// reply".
func (b *builder) writer(p *para, sid int) (who, bool) {
	lo, hi := p.sentRange(sid)
	for k := lo + 1; k < hi; k++ {
		if t := p.toks[k]; t.isWord() && t.quote < 0 && lexicon.WriteVerbs.Has(t.lower()) {
			if k+2 < hi && p.toks[k+1].is("by") {
				return b.writtenBy(p, k+2, hi)
			}
			if w, _, st := b.subject(p, lo, k); st == found {
				return w, true
			}
			return who{}, false
		}
	}
	return who{}, false
}

// writtenBy returns the agent from token a of p on, after "written by":
// the person named ("by Rory Baird"), the one named after a possessive and
// a relation ("by the boy's father, Rory Baird", "by Ewan's father, Rory
// Baird"), a relation no name follows as its description ("by the boy's
// father"), or one described by a role ("by the head teacher"). The agent
// wrote the text, not whoever read it out.
func (b *builder) writtenBy(p *para, a, hi int) (who, bool) {
	toks := p.toks
	for k := a; k < hi && k < a+4 && toks[k].isWord(); k++ {
		if mi := p.mentAt[k]; mi >= 0 {
			k = p.ments[mi].hi - 1
		}
		if toks[k].poss || lowerPossessive(toks[k].text) {
			if w, st := b.ownersNamed(p, k+1); st == found {
				return w, true
			}
			if k+1 < hi && toks[a].lower() == "the" {
				if w, ok := b.ownedKin(p, a, k+1); ok {
					return w, true
				}
			}
			break
		}
	}
	if e := calledAfter(p, a, hi); e != nil {
		return who{ent: e}, true
	}
	if w, st := b.whoAt(p, a, false); st == found {
		return w, true
	}
	w := b.agent(p, a, hi)
	return w, w.ok()
}

// paraBefore returns the body paragraph right before p, or nil.
func (b *builder) paraBefore(p *para) *para {
	i := sort.Search(len(b.paras), func(i int) bool { return b.paras[i].n >= p.n })
	if i == 0 || i > len(b.paras) || b.paras[i-1].n != p.n-1 {
		return nil
	}
	return b.paras[i-1]
}

// calledAfter returns what a description from token a of p names with
// "called" or "named" ("by a Telegram channel called Harbour Watch", "by a
// group named Tidewatch"): the description is only what the name is.
// Else nil.
func calledAfter(p *para, a, hi int) *entity {
	toks := p.toks
	if a >= hi || !toks[a].isWord() || !lexicon.Indefinites.Has(toks[a].lower()) {
		return nil
	}
	for k := a + 1; k+1 < hi && k <= a+5 && toks[k].isWord() && toks[k].quote < 0; k++ {
		if toks[k].is("called") || toks[k].is("named") {
			if mi := p.mentAt[k+1]; mi >= 0 && p.ments[mi].runLo == k+1 {
				return p.ments[mi].ent
			}
			return nil
		}
	}
	return nil
}
