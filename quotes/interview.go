package quotes

import (
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// answer attributes a quotation in a paragraph that is nothing but
// quotations, in an interview or a press conference written as questions
// and answers with no headings: a reporter's question stands as a
// paragraph of its own, unmarked ("What went wrong in the second half?")
// or labelled ("Q: …"), and the answer below it has no attribution
// ("“We stopped running.”", "A: “…”"). The answer belongs to:
//   - whoever the question paragraph says takes it ("A question on the
//     budget, taken by the deputy mayor:", "Novak fielded one on
//     injuries:");
//   - else whoever the article says answers the questions ("Lindgren
//     answered most of the questions", "Questions were taken by the
//     governor");
//   - else whoever spoke last before it (the interview's subject, who
//     gave the answer before);
//   - else the first person the article names: the one it is about.
//
// A second bare paragraph after an answer goes on with the same speaker.
func (b *builder) answer(p *para, q *quoteInfo) (who, status) {
	prev := b.prevPara
	if prev == nil || prev.n != p.n-1 || !bareQuotes(p) {
		return who{}, none
	}
	if w := b.askedWhom(prev); w.ok() && b.answered.n != prev.n {
		// "Brooks asked Reyes when he first saw the memo." and a
		// paragraph of bare words: the one asked answers.
		b.answered = answered{n: p.n, who: w}
		return w, found
	}
	switch {
	case b.answered.n == prev.n && b.answered.ok():
		return b.answered.who, found
	case asks(prev) || answerVerb(prev, 0, len(prev.toks), false) >= 0 && prev.toks[len(prev.toks)-1].is(":"):
	default:
		return who{}, none
	}
	w := b.taker(prev, 0, len(prev.toks), false)
	if !w.ok() {
		w = b.qaTaker
	}
	if !w.ok() && b.lastQuote.ok() {
		w = b.lastQuote
	}
	if !w.ok() {
		for _, n := range b.order {
			if n.e.kind == Person && !n.object {
				w = who{ent: n.e}
				break
			}
		}
	}
	if !w.ok() {
		return who{}, none
	}
	b.answered = answered{n: p.n, who: w}
	return w, found
}

// answered is the paragraph answer attributed last and to whom.
type answered struct {
	n int
	who
}

// bareQuotes reports whether every word of p lies inside a quotation, but
// for a leading label of an answer ("A:", "Answer:").
func bareQuotes(p *para) bool {
	if len(p.spans) == 0 || p.spans[0].title {
		return false
	}
	toks := p.toks
	k := labelEnd(toks, "a", "answer")
	for ; k < len(toks); k++ {
		if toks[k].isWord() && toks[k].quote < 0 {
			return false
		}
	}
	return true
}

// labelEnd returns the token after a label that opens toks ("Q:",
// "Question:"), one of words, or 0.
func labelEnd(toks []token, words ...string) int {
	if len(toks) < 2 || !toks[0].isWord() || !toks[1].is(":") || toks[0].quote >= 0 {
		return 0
	}
	for _, w := range words {
		if toks[0].lower() == w {
			return 2
		}
	}
	return 0
}

// asks reports whether p is a question put by the writer: a paragraph
// labelled "Q:" or "Question:", or one that ends with a question mark
// outside any quotation and holds no quotation of its own.
func asks(p *para) bool {
	if len(p.toks) == 0 {
		return false
	}
	if labelEnd(p.toks, "q", "question") > 0 {
		return true
	}
	last := p.toks[len(p.toks)-1]
	return last.is("?") && last.quote < 0 && len(p.spans) == 0
}

// answerVerb returns the first verb of answering in toks [lo, hi): a form
// of answer, field, take, handle, tackle or respond; with questions set,
// only one followed within three words by "question(s)" ("answered most
// of the questions", "took questions"). It returns -1 for none.
func answerVerb(p *para, lo, hi int, questions bool) int {
	toks := p.toks
	if questions && !mentionsQuestions(toks, lo+1, hi) {
		// Every sentence of the article is asked whether it says who takes
		// the questions; few have the word, and looking each word up as a
		// verb of answering was 40 ms of a 4.5 MB article's one-core passes.
		return -1
	}
	for k := lo; k < hi; k++ {
		// A verb of answering is in lower case: reading the token's own
		// text allocates nothing on every sentence of the article.
		if !toks[k].isWord() || toks[k].quote >= 0 || !toks[k].folded() || !lexicon.AnswerVerbs.Has(toks[k].text) {
			continue
		}
		if !questions {
			return k
		}
		for j := k + 1; j < hi && j <= k+4; j++ {
			if w := toks[j].lower(); w == "question" || w == "questions" {
				return k
			}
		}
	}
	return -1
}

// mentionsQuestions reports whether a word of toks [lo, hi) is
// "question" or "questions" in any case. A word that is shorter, or does
// not start with q or Q, cannot be one: lower case writes each letter of
// either in one byte, no letter in fewer, and only Q as q; so only those
// few are put in lower case (which allocates for a capitalised word).
func mentionsQuestions(toks []token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if w := toks[j].text; len(w) < len("question") || w[0] != 'q' && w[0] != 'Q' {
			continue
		}
		if w := toks[j].lower(); w == "question" || w == "questions" {
			return true
		}
	}
	return false
}

// taker returns who takes the questions in the clause of the verb of
// answering in toks [lo, hi) of p: the agent after "by" in the passive
// ("taken by the deputy governor", "were answered by Lindgren"), else the
// verb's subject ("Novak fielded one on injuries").
func (b *builder) taker(p *para, lo, hi int, questions bool) who {
	v := answerVerb(p, lo, hi, questions)
	if v < 0 {
		return who{}
	}
	toks := p.toks
	if v+1 < hi && toks[v+1].is("by") {
		return b.agent(p, v+2, hi)
	}
	s := v - 1
	for ; s > lo && !toks[s].is(";") && !toks[s].is(":"); s-- {
	}
	if toks[s].is(";") || toks[s].is(":") {
		s++
	}
	if w, _, st := b.subject(p, s, v); st == found {
		return w
	}
	return who{}
}

// agent returns the person named, or described by a role ("the deputy
// governor"), from token k of p on, before the clause ends.
func (b *builder) agent(p *para, k, hi int) who {
	toks := p.toks
	if k >= hi {
		return who{}
	}
	if mi := p.mentAt[k]; mi >= 0 && p.ments[mi].ent != nil && p.ments[mi].ent.kind == Person {
		return who{ent: p.ments[mi].ent}
	}
	if !toks[k].isWord() || !lexicon.Definites.Has(toks[k].lower()) {
		return who{}
	}
	end := k + 1
	for ; end < hi && toks[end].isWord() && !lexicon.Prepositions.Has(toks[end].lower()) && p.mentAt[end] < 0; end++ {
	}
	if people := byRole(b.rs.people, fuzzy.Words(phrase(toks, k+1, end))); len(people) > 0 {
		return who{ent: b.latest(people, int(toks[k].start))}
	}
	return who{}
}

// noteTaker records whoever sentence sid of p says answers the
// questions ("Lindgren answered most of the questions", "questions were
// taken by the governor"), for the answers of an interview below it.
func (b *builder) noteTaker(p *para, sid int) {
	lo, hi := p.sentRange(sid)
	if answerVerb(p, lo, hi, true) < 0 {
		return
	}
	if w := b.taker(p, lo, hi, true); w.ok() {
		b.qaTaker = w
	}
}

// askedWhom returns whom the last sentence of paragraph p reports being
// asked or pressed, a question put in the writer's words: the person named
// or the "him" or "her" right after a verb of asking (lexicon.QuestionVerbs).
// Else no one.
func (b *builder) askedWhom(p *para) who {
	toks := p.toks
	if len(toks) == 0 || toks[len(toks)-1].quote >= 0 || len(p.spans) > 0 {
		return who{}
	}
	lo, hi := p.sentRange(int(toks[len(toks)-1].sent))
	for k := lo; k+1 < hi; k++ {
		if !toks[k].isWord() || !lexicon.QuestionVerbs.Has(toks[k].text) {
			continue
		}
		o := k + 1
		if p.mentAt[o] < 0 && o+1 < hi && lexicon.IsTitleWord(toks[o].text) {
			o++ // "questioned Dr Raj Patel"
		}
		if mi := p.mentAt[o]; mi >= 0 && (p.ments[mi].runLo == o || p.ments[mi].runLo == o-1) && p.ments[mi].ent != nil && p.ments[mi].ent.kind == Person && !toks[p.ments[mi].hi-1].poss {
			return who{ent: p.ments[mi].ent}
		}
		if w := toks[o].lower(); w == "him" || w == "her" {
			pro := "he"
			if w == "her" {
				pro = "she"
			}
			if e := b.pronoun(int(toks[o].sent), pro); e != nil && e != b.subjectOf(p, lo, k) {
				return who{ent: e}
			}
		}
		return who{}
	}
	return who{}
}

// subjectOf returns the person named right before the verb at k in the
// clause that starts at lo, or nil.
func (b *builder) subjectOf(p *para, lo, k int) *entity {
	if k-1 >= lo {
		if mi := p.mentAt[k-1]; mi >= 0 && p.ments[mi].ent != nil {
			return p.ments[mi].ent
		}
	}
	return nil
}
