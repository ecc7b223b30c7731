package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// agedRoles reads the description news gives a person right after naming
// them, opening the next sentence with an age: "Tomas van der Meulen will
// lead Rovers into the final. The 29-year-old striker, who …, said …".
// The role noun after the age ("striker") becomes a role of the one person
// the sentence before names outside quotations, unless someone already has
// that noun or the description names someone itself ("the 29-year-old
// striker Ana Ruiz", an apposition the other rules read).
func (b *builder) agedRoles() {
	var prev *para
	for _, p := range b.paras {
		toks := p.toks
		for k := 0; k+2 < len(toks); k++ {
			if !toks[k].lowerIs("the") || !sentenceInitial(toks, k) || yearsOld(toks[k+1]) == "" {
				continue
			}
			h := k + 2
			for h+1 < len(toks) && toks[h+1].isWord() && !toks[h+1].capital() && lexicon.IsRole(toks[h+1].lower()) && lexicon.IsRole(toks[h].lower()) {
				h++ // "the 29-year-old centre forward"
			}
			if !toks[h].isWord() || toks[h].capital() || toks[h].quote >= 0 || !lexicon.IsRole(toks[h].lower()) {
				continue
			}
			if n := h + 1; n < len(toks) && (p.mentAt[n] >= 0 || toks[n].is(",") && n+1 < len(toks) && p.mentAt[n+1] >= 0) {
				continue
			}
			e := b.onlyPersonBefore(p, prev, k)
			if e == nil || b.roleTaken(strings.ToLower(toks[h].text)) {
				continue
			}
			e.addRole(phrase(toks, k+2, h+1))
		}
		prev = p
	}
}

// onlyPersonBefore returns the one person named, outside quotations, in
// the sentence before token k (in p, or at the end of prev when k opens
// p), or nil when none or several are.
func (b *builder) onlyPersonBefore(p, prev *para, k int) *entity {
	src, sent := p, p.toks[k].sent-1
	if k == 0 || sent < p.toks[0].sent {
		if prev == nil || len(prev.toks) == 0 {
			return nil
		}
		src, sent = prev, prev.toks[len(prev.toks)-1].sent
	}
	var found *entity
	for _, m := range src.ments {
		if m.ent == nil || m.ent.kind != Person || src.toks[m.lo].sent != sent || src.toks[m.lo].quote >= 0 {
			continue
		}
		if found != nil && found != m.ent {
			return nil
		}
		found = m.ent
	}
	return found
}

// roleTaken reports whether someone already has the role noun w.
func (b *builder) roleTaken(w string) bool {
	for _, e := range b.rs.people {
		if e.headed(w) {
			return true
		}
	}
	return false
}
