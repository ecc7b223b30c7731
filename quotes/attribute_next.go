package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// bareNext attributes a quotation that ends its sentence to a next
// sentence in the paragraph that is only an attribution: “…” Smith said.
func (b *builder) bareNext(p *para, q *quoteInfo) (who, status) {
	hi, ok := nextAfterQuote(p, q)
	if !ok {
		return who{}, none
	}
	nlo, nhi := p.sentRange(int(p.toks[hi].sent))
	words := 0
	for _, t := range p.toks[nlo:nhi] {
		if t.kind == qopen || t.quote >= 0 {
			return who{}, none
		}
		if t.isWord() {
			words++
		}
	}
	if words > 6 {
		return who{}, none
	}
	return b.post(p, nlo-1, true)
}

// nextAfterQuote returns the first token of the sentence after a quotation
// that ends its sentence; ok is false when the quotation has no closing
// mark, does not end its sentence, or ends the paragraph.
func nextAfterQuote(p *para, q *quoteInfo) (hi int, ok bool) {
	if q.closeTok < 0 {
		return 0, false
	}
	_, hi = p.sentRange(q.sent)
	if hi != q.closeTok+1 || hi >= len(p.toks) {
		return 0, false
	}
	return hi, true
}

// beatNext attributes a quotation that ends its sentence, with no
// attribution, to the person whose action opens the next sentence of the
// paragraph: “It took two winters.” She laughs at the memory. / “…”
// Oyelaran pulls off her gloves. The subject is a name or "he"/"she" at
// the start of the sentence, and no quotation precedes it there.
func (b *builder) beatNext(p *para, q *quoteInfo) (who, status) {
	hi, ok := nextAfterQuote(p, q)
	if !ok {
		return who{}, none
	}
	t := p.toks[hi]
	if !t.isWord() || t.quote >= 0 {
		return who{}, none
	}
	if mi := p.mentAt[hi]; mi >= 0 {
		m := p.ments[mi]
		if m.runLo != hi || m.ent == nil || m.ent.kind != Person || p.toks[m.hi-1].poss {
			return who{}, none
		}
		return who{ent: m.ent}, found
	}
	if w := t.lower(); lexicon.PersonPronouns.Has(w) {
		if e := b.pronoun(int(t.sent), w); e != nil {
			return who{ent: e}, found
		}
	}
	return who{}, none
}

// participleSubject returns the person named right before a speech verb
// in its -ing form: "with the local transport minister, Alan Breck,
// insisting the changes would “…”", "Ann Lee saying". The participle has
// no subject of its own; the name set off before it speaks.
func (b *builder) participleSubject(p *para, v int, verb string) (who, status) {
	if !participle(verb) && !strings.HasSuffix(verb, "ing") {
		return who{}, none
	}
	k := v - 1
	comma := k >= 0 && p.toks[k].is(",")
	if comma {
		k--
	}
	if k < 0 || p.toks[k].sent != p.toks[v].sent {
		return who{}, none
	}
	mi := p.mentAt[k]
	if mi < 0 || p.ments[mi].hi != k+1 || p.ments[mi].ent == nil || p.ments[mi].ent.kind != Person || p.toks[k].poss {
		if comma {
			return b.openingPronoun(p, v)
		}
		return who{}, none
	}
	return who{ent: p.ments[mi].ent}, found
}

// openingPronoun returns whom the pronoun that opens the sentence of token
// v refers to, for a participle set off after its clause: "It rejected two
// complaints, finding the evidence “…”" (the committee of the sentence
// before).
func (b *builder) openingPronoun(p *para, v int) (who, status) {
	lo := b.clauseStart(p, v)
	w := p.toks[lo].lower()
	if !p.toks[lo].isWord() || !lexicon.PersonPronouns.Has(w) && !lexicon.OrgPronouns.Has(w) {
		return who{}, none
	}
	if e := b.pronoun(int(p.toks[lo].sent), w); e != nil {
		return who{ent: e}, found
	}
	return who{}, none
}

// howClause returns where the subject may start after a copula and "how"
// or "what" right after a quotation's closing mark: "“Disgraceful” was how
// one diner described it", "“A shambles” is what the mayor called it".
// The clause names whose words the quotation was; else it returns i.
func howClause(toks []token, i int) int {
	if i+2 < len(toks) && toks[i].folded() && lexicon.Copulas.Has(toks[i].text) &&
		(toks[i+1].is("how") || toks[i+1].is("what")) && toks[i+1].sent == toks[i].sent {
		return i + 2
	}
	return i
}

// mainVerb attributes a quotation in a second "that" clause joined by
// "and" or "but" to the subject of the verb that governs both clauses,
// the first speech verb of the sentence: "He said a walker had reported
// seeing her, and that officers were treating it as “…”" is his, not the
// walker's. It finds nothing when a speech verb stands in the second
// clause itself.
func (b *builder) mainVerb(p *para, lo, o int) (who, status) {
	toks := p.toks
	c := -1
	for k := o - 1; k > lo; k-- {
		if _, ok := speechVerb(toks, k, true); ok {
			return who{}, none
		}
		if toks[k].is("that") && (toks[k-1].is("and") || toks[k-1].is("but")) {
			c = k - 1
			break
		}
	}
	for v := lo; v < c; v++ {
		if _, ok := speechVerb(toks, v, true); ok {
			if w, _, st := b.subject(p, lo, v); st == found {
				return w, found
			}
			break
		}
	}
	return who{}, none
}

// dashed attributes a quotation signed with a dash after its closing mark:
// “…” — Reg Aldous, 1998. The name must follow the dash and end its clause.
func (b *builder) dashed(p *para, c int) (who, status) {
	toks := p.toks
	if c < 0 || c+2 >= len(toks) || !toks[c+1].is("—") && !toks[c+1].is("–") {
		return who{}, none
	}
	mi := p.mentAt[c+2]
	if mi < 0 || p.ments[mi].runLo != c+2 || p.ments[mi].ent == nil {
		return who{}, none
	}
	if h := p.ments[mi].hi; h < len(toks) && toks[h].isWord() && toks[h].sent == toks[h-1].sent {
		return who{}, none // "— Aldous said later": a sentence, not a signature
	}
	return who{ent: p.ments[mi].ent}, found
}

// possessiveNoun reports whether t is a common noun in the possessive that
// may open a role: "the company’s chief executive, Ana Ruiz, said".
func possessiveNoun(t token) bool {
	w := t.lower()
	for _, suffix := range []string{"’s", "'s"} {
		if n, ok := strings.CutSuffix(w, suffix); ok {
			return lexicon.IsOrgNoun(n) || lexicon.IsRole(n)
		}
	}
	return false
}

// titledAfter returns the person named after a capitalised word that only
// qualifies the title or role before the name, from token i: "said Housing
// Minister Dora Lee" (whose "Housing" is a run of its own), "said
// Opposition health spokeswoman Karen Doyle". Between them stand a title or
// at most three lower-case words, one of them a role.
func titledAfter(p *para, i int) (mention, bool) {
	toks := p.toks
	if i >= len(toks) || p.mentAt[i] >= 0 {
		return mention{}, false
	}
	role := false
	for j := i; j < len(toks) && j < i+4 && toks[j].isWord() && toks[j].sent == toks[i].sent; j++ {
		if n := p.mentAt[j]; n >= 0 {
			t := p.ments[n]
			ok := t.ent != nil && t.ent.kind == Person && (t.runLo == i && t.title != "" || role && t.runLo == j)
			return t, ok
		}
		switch {
		case toks[j].capital():
			if !lexicon.IsTitleWord(toks[j].text) {
				return mention{}, false
			}
		case lexicon.IsRole(toks[j].text):
			role = true
		case lexicon.FunctionWords.Has(toks[j].lower()):
			return mention{}, false
		}
	}
	return mention{}, false
}

// relativeAntecedent returns the person a relative clause whose verb of
// speech is at v describes, when the clause frames the quotation:
// "The trainer is close to Strand, who described their friendship as a
// ‘working truce’" is Strand's. The "who" follows a name and a comma.
func (b *builder) relativeAntecedent(p *para, lo, v int) (who, bool) {
	toks := p.toks
	k := v - 1
	for k > lo && toks[k].isWord() && lexicon.Auxiliaries.Has(toks[k].lower()) {
		k--
	}
	if k < lo+2 || !toks[k].is("who") || !toks[k-1].is(",") {
		return who{}, false
	}
	n := k - 2
	if p.mentAt[n] < 0 {
		n = pastApposition(p, lo, k-1) // -1 when no description ends there
	}
	if n < lo {
		return who{}, false
	}
	mi := p.mentAt[n]
	if mi < 0 || p.ments[mi].hi != n+1 || p.ments[mi].ent == nil || p.ments[mi].ent.kind != Person || toks[n].poss {
		return who{}, false
	}
	return who{ent: p.ments[mi].ent}, true
}

// maxApposition is the most tokens a description set off between a name
// and its relative clause holds: "Piet Botha, a farmer and former
// councillor, who said".
const maxApposition = 12

// pastApposition returns the token before the comma that opens the
// description ending at the comma c ("…, Piet Botha, a farmer and former
// councillor, who"), or -1: a description opens with a lower-case
// word and holds no quotation.
func pastApposition(p *para, lo, c int) int {
	toks := p.toks
	for k := c - 1; k > lo && k >= c-maxApposition; k-- {
		if toks[k].quote >= 0 || toks[k].kind == qopen || toks[k].kind == qclose {
			return -1
		}
		if toks[k].is(",") {
			if appositionStart(toks[k+1]) {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// carriedOver attributes a quotation that opens a paragraph made of
// nothing but quoted words to whoever the paragraph before it quoted last:
// “…,” said Ann Lee, who met Tom Berg. / “It will take two years.” A
// paragraph with no attribution of its own goes on with the last speaker,
// in any style of marks.
func (b *builder) carriedOver(p *para, q *quoteInfo) (who, bool) {
	prev := b.prevPara
	if q.openTok != 0 || prev == nil || prev.n != p.n-1 || !b.lastQuote.ok() ||
		len(b.quotes) == 0 || b.quotes[len(b.quotes)-1].Paragraph != prev.n {
		return who{}, false
	}
	for _, t := range p.toks {
		if t.isWord() && t.quote < 0 {
			return who{}, false // words of the paragraph's own outside the marks
		}
	}
	return b.lastQuote, true
}
