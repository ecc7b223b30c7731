package quotes

import (
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// dropOpeners takes a common word that opens a sentence off the front of
// the name after it: "Competitor Quayforge said …" names Quayforge, which the
// article writes alone elsewhere ("A Quayforge spokesperson"). The word
// must be one WordNet knows only as a noun for a person (jobNoun: "competitor",
// "critic"), no given name, and never capitalised inside a sentence; the
// name left is one word the article names alone elsewhere. "Pita Maka"
// keeps its first name ("pita" is bread), as splitDescriptors keeps two
// words of a person's name.
func (b *builder) dropOpeners() {
	var alone map[string]bool // folded one-word names, made on first need
	for _, p := range b.paras {
		for mi := range p.ments {
			m := &p.ments[mi]
			if m.hi-m.lo != 2 || m.title != "" || m.runLo != m.lo || !m.initial || m.nick.lo > 0 || m.post > 0 || m.genAfter {
				continue
			}
			t := p.toks[m.lo]
			w := fuzzy.Fold(t.text)
			if !jobNoun(w) || lexicon.GivenName(t.text) || b.rs.capitalMid[t.text] || lexicon.Particles.Has(w) {
				continue
			}
			if alone == nil {
				alone = singleNames(b.paras)
			}
			if !alone[fuzzy.Fold(p.toks[m.lo+1].text)] {
				continue
			}
			p.mentAt[m.lo] = -1
			m.runLo, m.lo = m.lo+1, m.lo+1
			m.initial = false
		}
	}
}

// singleNames returns the folded words that make a one-word name somewhere
// in paras, or start a name that does not open a sentence.
func singleNames(paras []*para) map[string]bool {
	out := map[string]bool{}
	for _, p := range paras {
		for _, m := range p.ments {
			if m.hi-m.lo == 1 || !m.initial && m.hi > m.lo {
				out[fuzzy.Fold(p.toks[m.lo].text)] = true
			}
		}
	}
	return out
}
