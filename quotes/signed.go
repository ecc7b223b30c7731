package quotes

import (
	"slices"
	"strings"

	"articlebot/lexicon"
)

// signedBelow attributes a quotation that is the whole of its paragraph to
// the name signing it in the next paragraph after a dash, as a pull quote,
// a letter or a submission is printed: "“…”" then "— Ana Ruiz, chair,
// Friends of Holm Park".
func (b *builder) signedBelow(p *para, q *quoteInfo) (who, status) {
	if q.closeTok < 0 {
		return who{}, none
	}
	for _, t := range p.toks {
		if t.isWord() && t.quote < 0 {
			return who{}, none
		}
	}
	k, _ := slices.BinarySearchFunc(b.paras, p.n+1, func(x *para, n int) int { return x.n - n })
	if k >= len(b.paras) || b.paras[k].n != p.n+1 {
		return who{}, none
	}
	next := b.paras[k]
	if len(next.toks) < 2 || !next.toks[0].is("—") && !next.toks[0].is("–") {
		return who{}, none
	}
	mi := next.mentAt[1]
	if mi < 0 || next.ments[mi].runLo != 1 || next.ments[mi].ent == nil {
		return who{}, none
	}
	if h := next.ments[mi].hi; h < len(next.toks) && next.toks[h].isWord() {
		return who{}, none // "— Ruiz said later": a sentence, not a signature
	}
	return who{ent: next.ments[mi].ent}, found
}

// signatureRole returns the role a signature line gives the name that
// opens it after a dash: "— Ana Ruiz, chair, Friends of Holm Park" makes her
// "chair of Friends of Holm Park", "— Ana Ruiz, retired teacher" a
// "retired teacher". Else "".
func signatureRole(p *para, m *mention) string {
	toks := p.toks
	if m.runLo != 1 || !toks[0].is("—") && !toks[0].is("–") || m.hi >= len(toks) || !toks[m.hi].is(",") {
		return ""
	}
	k := m.hi + 1
	role := k
	for ; role < len(toks) && role < k+4 && toks[role].isWord() && !toks[role].capital(); role++ {
	}
	if role == k || role < len(toks) && !toks[role].is(",") {
		return ""
	}
	text := phrase(toks, k, role)
	if role+1 < len(toks) && toks[role+1].capital() && len(toks)-role-1 <= 8 {
		for _, t := range toks[role+1:] {
			if !t.isWord() && !t.poss {
				return text
			}
		}
		text += " of " + strings.TrimSpace(phrase(toks, role+1, len(toks)))
	}
	return text
}

// letterRole returns the role a reader's signature gives the name that
// opens it: a line of the name and places alone ("Nora Pell, Upton,
// Kent"), after a letter in the first person and before a reply in the
// second, as an advice or consumer column prints them, makes her a
// "reader from Upton, Kent". Else "".
func (b *builder) letterRole(p *para, m *mention) string {
	toks := p.toks
	if m.runLo != 0 || m.hi+1 >= len(toks) || !toks[m.hi].is(",") || len(toks)-m.hi > 8 {
		return ""
	}
	for _, t := range toks[m.hi:] {
		if !t.is(",") && !t.capital() {
			return ""
		}
	}
	k, _ := slices.BinarySearchFunc(b.paras, p.n, func(x *para, n int) int { return x.n - n })
	if k == 0 || k+1 >= len(b.paras) || b.paras[k-1].n != p.n-1 || b.paras[k+1].n != p.n+1 {
		return ""
	}
	if !hasWordIn(b.paras[k-1], lexicon.FirstPersonWords) || !hasWordIn(b.paras[k+1], lexicon.SecondPersonWords) {
		return ""
	}
	return "reader from " + strings.TrimRight(strings.TrimSpace(p.text[int(toks[m.hi+1].start)-p.start:]), ".")
}

// hasWordIn reports whether a word of p outside quotation marks is in set.
func hasWordIn(p *para, set lexicon.Set) bool {
	for _, t := range p.toks {
		if t.isWord() && t.quote < 0 && set.Has(t.lower()) {
			return true
		}
	}
	return false
}
