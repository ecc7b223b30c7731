package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// splitDescriptors takes a capitalised job or descriptor word the lexicon
// does not list off the front of a person's name: "Curator Aisha Bello",
// "Shepherd Aisha Bello". The word becomes the mention's title, so the
// canonical name is "Aisha Bello" and the word is collected as her role.
//
// The article decides, or else WordNet: the word must be used elsewhere,
// outside quotations, in lower case as a noun (after a determiner or a
// possessive, perhaps with one word between: "the curator", "the museum's
// chief curator"), or be a noun for a person that WordNet never lists as
// a name ("Forecaster Jane Doe", "Reader Tom Ash" in an article that never
// writes "forecaster"; not "Carter", "Hunter") and no given name either
// ("Victor Hugo Ruiz", "Harper Jane Cole": WordNet knows "victor" and
// "harper" only as people, lexicon.CommonGivenName as names). It must never stand as a
// name on its own or inside another name ("Hunter Biden" keeps "Hunter S.
// Thompson" whole). The name left must
// still have two words, so "Curator Bello" stays one unknown name rather
// than becoming a bare surname.
func (b *builder) splitDescriptors() {
	for _, p := range b.paras {
		for mi := range p.ments {
			m := &p.ments[mi]
			if m.title != "" || m.hint == organisation || m.hi-m.lo < 3 {
				continue
			}
			t := p.toks[m.lo]
			if !t.capital() || t.poss || strings.Contains(t.text, ".") || len(t.text) < 4 ||
				lexicon.Particles.Has(t.text) || !p.toks[m.lo+1].capital() || strings.HasSuffix(p.toks[m.lo+1].text, ".") {
				continue
			}
			w := fuzzy.Fold(t.text)
			if !(b.rs.lower[w] && b.nounUse(w) || jobNoun(w) && !lexicon.CommonGivenName(w)) || b.nameWord(w) {
				continue
			}
			p.mentAt[m.lo] = -1
			m.title = t.text
			m.runLo, m.lo = m.lo, m.lo+1
			m.hint = person
		}
	}
}

// jobNoun reports whether the folded word w is, by WordNet, a noun for a
// person and never a name.
func jobNoun(w string) bool {
	k := lexicon.Noun(w)
	return k.Person && !k.Name
}

// nounUse reports whether the folded word w appears outside quotations in
// lower case after a determiner or a possessive, directly or with one
// lower-case word between ("the curator", "a veteran curator", "the
// museum's curator").
func (b *builder) nounUse(w string) bool {
	for _, p := range b.paras {
		for i, t := range p.toks {
			if !t.isWord() || t.quote >= 0 || t.capital() || fuzzy.Fold(t.text) != w {
				continue
			}
			for j := i - 1; j >= 0 && j >= i-2 && p.toks[j].isWord() && p.toks[j].sent == t.sent; j-- {
				d := p.toks[j]
				if d.poss || lexicon.Definites.Has(d.lower()) || lexicon.Indefinites.Has(d.lower()) {
					return true
				}
				if d.capital() {
					break
				}
			}
		}
	}
	return false
}

// nameWord reports whether the folded word w is part of a name anywhere in
// the article other than as the first word of a run of three or more
// capitalised words, where a descriptor stands.
func (b *builder) nameWord(w string) bool {
	for _, p := range b.paras {
		for _, m := range p.ments {
			for k := m.lo; k < m.hi; k++ {
				if fuzzy.Fold(p.toks[k].text) == w && (k > m.lo || m.hi-m.lo < 3) {
					return true
				}
			}
		}
	}
	return false
}

// dropTitleRuns removes the "names" that are the rest of a title: in
// "Varga Bank's Chief Risk Officer, Lotte Brandt," the title "Chief" leaves
// "Risk Officer", which names no one. The article decides, as in
// splitDescriptors: a titled run is dropped when it ends in a title word
// and every word before that is used elsewhere, outside quotations, in
// lower case as a noun ("the bank's risk team"). "Judge Harriet King"
// keeps its name: "harriet" is never a lower-case noun.
func (b *builder) dropTitleRuns() {
	for _, p := range b.paras {
		dropped := false
		for mi := range p.ments {
			m := &p.ments[mi]
			if m.title == "" || m.hi-m.lo < 2 || !lexicon.IsTitleWord(p.toks[m.hi-1].text) {
				continue
			}
			role := true
			for _, t := range p.toks[m.lo : m.hi-1] {
				w := fuzzy.Fold(t.text)
				if !t.capital() || t.poss || !b.rs.lower[w] || !b.nounUse(w) {
					role = false
					break
				}
			}
			if role {
				m.lo = m.hi // emptied, removed below
				dropped = true
			}
		}
		if !dropped {
			continue
		}
		p.ments = slices.DeleteFunc(p.ments, func(m mention) bool { return m.lo == m.hi })
		for i := range p.mentAt {
			p.mentAt[i] = -1
		}
		for mi, m := range p.ments {
			for k := m.lo; k < m.hi; k++ {
				p.mentAt[k] = int32(mi)
			}
		}
	}
}
