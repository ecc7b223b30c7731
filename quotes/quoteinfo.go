package quotes

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
)

// quoteInfo ties a Quote to its span and tokens while it is attributed.
type quoteInfo struct {
	span              span
	openTok, closeTok int
	sent              int
	quote             Quote
	// byTurn is set for the words of a transcript's turn, which are
	// speaker's whatever the rules of attribution would read.
	byTurn  bool
	speaker who
}

// quoteInfos makes the quotations of p that are speech, not titles.
func (b *builder) quoteInfos(p *para) []*quoteInfo {
	t := b.turns[p.n]
	if t != nil && !t.asks {
		if q := turnQuote(p, t); q != nil {
			return []*quoteInfo{q}
		}
	}
	var out []*quoteInfo
	for _, s := range p.spans {
		if s.title {
			continue
		}
		start, end := s.inner(p.text)
		q := &quoteInfo{span: s, openTok: markTok(p, s.open, qopen), closeTok: -1}
		if s.close >= 0 {
			q.closeTok = markTok(p, s.close, qclose)
		}
		if q.openTok < 0 {
			continue
		}
		q.sent = int(p.toks[q.openTok].sent)
		for i := q.openTok + 1; i < len(p.toks); i++ {
			if int(p.toks[i].start) >= p.start+start {
				q.sent = int(p.toks[i].sent)
				break
			}
		}
		q.quote = Quote{
			Text:      p.text[start:end],
			Paragraph: p.n,
			Sentence:  q.sent,
			Start:     p.start + start,
			End:       p.start + end,
			Partial:   partial(p, q.openTok, p.text[start:end]),
		}
		if t != nil && !t.asks {
			q.byTurn, q.speaker = true, t.who // "A: “Eleven of forty.”"
		}
		out = append(out, q)
	}
	return out
}

// partial reports whether the quotation opening at token o is woven into
// its sentence: it follows a word, not a comma, colon or the sentence start,
// unless the word is a speech verb and the quotation starts a sentence.
func partial(p *para, o int, text string) bool {
	if o == 0 || p.toks[o-1].sent != p.toks[o].sent || !p.toks[o-1].isWord() {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	if _, ok := speechVerb(p.toks, o-1, true); ok && !unicode.IsLower(r) {
		return false
	}
	return true
}

// turnQuote makes the quotation of an answer in a transcript: the words
// after its label, to the end of the paragraph. It returns nil when those
// words are set in quotation marks of their own ("A: “…”"), which make the
// quotations instead, or when there are none.
func turnQuote(p *para, t *turn) *quoteInfo {
	start, end := article.TrimSpan(p.text, t.at, len(p.text))
	first := -1
	for i, tok := range p.toks {
		if int(tok.start) < p.start+start {
			continue
		}
		if first < 0 {
			first = i
		}
		if tok.isWord() && tok.quote < 0 {
			return &quoteInfo{
				span:     span{open: start, openEnd: start, close: -1, closeEnd: -1},
				openTok:  first,
				closeTok: -1,
				sent:     int(p.toks[first].sent),
				quote: Quote{
					Text:      p.text[start:end],
					Paragraph: p.n,
					Sentence:  int(p.toks[first].sent),
					Start:     p.start + start,
					End:       p.start + end,
				},
				byTurn:  true,
				speaker: t.who,
			}
		}
	}
	return nil
}

// tagSpan files the speaker of quotation q under each sentence after its
// first that the quotation runs into, up to its closing mark: "‘I tried it
// once. It worked,’ she said." is hers in both sentences, so a question
// about what she said finds the sentence that names her by "she said".
func (b *builder) tagSpan(p *para, q *quoteInfo, name string) {
	if name == "" || q.closeTok < 0 {
		return
	}
	for s := q.sent + 1; s <= int(p.toks[q.closeTok].sent); s++ {
		if !slices.Contains(b.bySentence[s], name) {
			b.bySentence[s] = append(b.bySentence[s], name)
		}
	}
}
