package quotes

import (
	"sort"
	"strings"

	"articlebot/article"
	"articlebot/lexicon"
)

// para is a body paragraph with its quotations, tokens and names.
type para struct {
	n      int
	start  int // offset of the paragraph in the article
	text   string
	sents  []int
	spans  []span
	toks   []token
	ments  []mention
	mentAt []int32  // token index → index of the mention covering it, or -1
	said   []verbAt // the verbs of speech reported reads, in order (speechVerbsOf)
	stamp  int      // the tokens of a live blog's time stamp that open it ("10.05am —"), which no clause starts with
}

// sentRange returns the tokens [lo, hi) of sentence sid.
func (p *para) sentRange(sid int) (int, int) {
	lo := sort.Search(len(p.toks), func(i int) bool { return int(p.toks[i].sent) >= sid })
	hi := sort.Search(len(p.toks), func(i int) bool { return int(p.toks[i].sent) > sid })
	if lo < p.stamp && p.stamp < hi {
		lo = p.stamp // past the stamp or dateline, whatever sentence it began
	}
	return lo, hi
}

// newPara finds the quotations, tokens and names of a body paragraph.
//
// The tokens are made in the worker's block, or, for a paragraph longer
// than a block, in scratch reused from paragraph to paragraph and copied
// out at their exact length: the growing slices of a 4.5 MB article's
// tokens came to 165 MB of garbage.
func newPara(ap article.Paragraph, sentences []article.Sentence, ts *tokenSpace) *para {
	p := &para{n: ap.N, start: ap.Start, text: ap.Text, sents: ap.Sentences}
	p.spans = findSpans(p.text)
	if n := len(p.text); n <= spaceBlock {
		// A token takes at least a byte of the text: with that much room
		// left in the block, the tokens are made in place, not copied
		// there from scratch (25 MB of copying, with the collector's
		// write barriers, on the 4.5 MB benchmark article).
		if cap(ts.toks)-len(ts.toks) < n {
			ts.toks = make([]token, 0, spaceBlock)
		}
		lo := len(ts.toks)
		ts.toks = appendTokens(ts.toks, p.text, p.start, p.spans)
		p.toks = ts.toks[lo:len(ts.toks):len(ts.toks)]
	} else {
		ts.scratch = appendTokens(ts.scratch[:0], p.text, p.start, p.spans)
		p.toks = carve(&ts.toks, len(ts.scratch))
		copy(p.toks, ts.scratch)
	}
	p.stamp = max(stampEnd(p.toks), datelineEnd(p.toks))
	p.assignSentences(sentences)
	ts.ments = findMentions(ts.ments[:0], p.toks, &ts.run)
	if len(ts.ments) > 0 {
		p.ments = carve(&ts.mentBlock, len(ts.ments))
		copy(p.ments, ts.ments)
	}
	p.mentAt = carve(&ts.mentAt, len(p.toks))
	for i := range p.mentAt {
		p.mentAt[i] = -1
	}
	for mi, m := range p.ments {
		for k := m.lo; k < m.hi; k++ {
			p.mentAt[k] = int32(mi)
		}
	}
	p.said = speechVerbsOf(p)
	return p
}

// tokenSpace is the memory of one worker tokenising paragraphs: scratch,
// where a paragraph's tokens are found, and the blocks its paragraphs'
// tokens and mention indexes are kept in. Allocated one paragraph at a
// time, the tokens of a 4.5 MB article's 25,000 paragraphs were 7 % of
// tokenising them (about 40 ms of CPU): a size class looked up and a
// span refilled per paragraph.
type tokenSpace struct {
	scratch []token
	toks    []token
	mentAt  []int32
	// ments and run are scratch for a paragraph's mentions and a run's
	// (findMentions), kept in mentBlock at their exact length: grown one
	// doubling at a time, a 4.5 MB article's mentions were about 40 ms of
	// CPU in copying and allocating, and a quarter of their memory unused
	// room.
	ments, run []mention
	mentBlock  []mention
}

// spaceBlock is how many elements a block of a tokenSpace holds: 256 KB
// of tokens, a few hundred paragraphs.
const spaceBlock = 8192

// carve returns the next n elements of *block, with no room to grow into
// the ones after them, starting a new block when it has no room left. A
// block lives as long as any paragraph in it: all of them live as long as
// the builder.
func carve[T any](block *[]T, n int) []T {
	if cap(*block)-len(*block) < n {
		*block = make([]T, 0, max(n, spaceBlock))
	}
	lo := len(*block)
	*block = (*block)[:lo+n]
	return (*block)[lo : lo+n : lo+n]
}

// continues marks p's first quotation as continuing one left open in
// prev, the body paragraph before it: an unclosed quotation there continues
// here when p follows it directly and opens with a quotation mark.
func continues(prev, p *para) {
	if len(prev.spans) > 0 && prev.spans[len(prev.spans)-1].close < 0 && prev.n == p.n-1 &&
		len(p.spans) > 0 && p.spans[0].open == 0 && !p.spans[0].title {
		p.spans[0].cont = true
	}
}

// assignSentences gives every token the ID of the sentence it lies in.
func (p *para) assignSentences(sentences []article.Sentence) {
	k := 0
	for i := range p.toks {
		for k+1 < len(p.sents) && sentences[p.sents[k+1]].Start <= int(p.toks[i].start) {
			k++
		}
		if len(p.sents) > 0 {
			p.toks[i].sent = int32(p.sents[k])
		}
	}
}

// markTok returns the index of the quotation mark of kind k at offset off
// of the paragraph, or -1.
func markTok(p *para, off int, k tokKind) int {
	i := sort.Search(len(p.toks), func(i int) bool { return int(p.toks[i].start) >= p.start+off })
	if i < len(p.toks) && int(p.toks[i].start) == p.start+off && p.toks[i].kind == k {
		return i
	}
	return -1
}

// stampEnd returns the number of tokens of the time stamp that opens a
// live blog's entry, up to and with its dash or colon: "10.05am —", "14:32
// GMT:", "3:40 p.m. ET |". Else 0. The entry's first clause starts after
// it ("10.05am — A porter at the hospital, who …, said").
func stampEnd(toks []token) int {
	k := 0
	digits := func(t token) bool { return t.isWord() && t.text[0] >= '0' && t.text[0] <= '9' }
	if k >= len(toks) || !digits(toks[k]) {
		return 0
	}
	hour := toks[k].text
	k++
	if k+1 < len(toks) && toks[k].is(":") && digits(toks[k+1]) {
		k += 2
	}
	if k < len(toks) && toks[k].isWord() && lexicon.Meridiems.Has(strings.ToLower(toks[k].text)) {
		k++
	} else if !strings.ContainsAny(hour, ".:") && k == 1 && !strings.HasSuffix(hour, "am") && !strings.HasSuffix(hour, "pm") {
		return 0 // "1990 — The year …" is no time of day
	}
	if k < len(toks) && toks[k].isWord() && len(toks[k].text) <= 4 && strings.ToUpper(toks[k].text) == toks[k].text && !digits(toks[k]) {
		k++ // "GMT", "ET", "IST"
	}
	if k < len(toks) && !toks[k].isWord() && strings.Contains("—–-:|", toks[k].text) {
		return k + 1
	}
	return 0
}

// maxDatelineToks is the most tokens a wire story's dateline may take
// before its dash: "SALT FORK, Neb., March 3 (AP) —" is 11.
const maxDatelineToks = 14

// datelineEnd returns the number of tokens of a wire story's dateline that
// opens the paragraph, up to and with its dash: "LAGOS —", "KYIV, March 18
// (Reuters) -", "SALT FORK, Neb. (AP) —". A place in capitals opens it;
// after it come only capitalised words, numbers, commas, stops and an
// agency in brackets. Else 0. The first clause starts after it: the place
// is no speaker ("LAGOS — The governor said …").
func datelineEnd(toks []token) int {
	if len(toks) < 3 || !toks[0].isWord() || len([]rune(toks[0].text)) < 2 || strings.ToUpper(toks[0].text) != toks[0].text || !toks[0].capital() {
		return 0
	}
	for k := 1; k < len(toks) && k <= maxDatelineToks; k++ {
		t := toks[k]
		switch {
		case t.is("—") || t.is("–") || t.is("-"):
			return k + 1
		case t.isWord() && (t.capital() || t.text[0] >= '0' && t.text[0] <= '9'):
		case t.is(",") || t.is(".") || t.is("(") || t.is(")") || t.is("/"):
		default:
			return 0
		}
	}
	return 0
}
