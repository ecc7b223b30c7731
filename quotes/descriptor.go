package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// splitDescriptors takes capitalised job or descriptor words the lexicon
// does not list off the front of a person's name: "Curator Aisha Bello",
// "Shepherd Aisha Bello", and after a title the rest of an office or a
// second title ("Deputy Head of Youth Work Tom Ash" leaves "Work Tom Ash"
// after the title; "Elder Deacon Ruth Obi"). Each word taken becomes the
// mention's title, so the canonical name is "Aisha Bello" and the word is
// collected as her role.
//
// The article decides, or else WordNet (descriptorWord): the word is used
// elsewhere as a common noun, or is a noun for a person WordNet never
// lists as a name, or is a common noun before a name the article also
// writes without it ("Comrade Femi Ade" … "Ade said"). It must never stand
// as a name on its own or inside another name ("Hunter Biden" keeps
// "Hunter S. Thompson" whole). The name left must still have two words,
// or one the article also writes in a longer name of a person ("Curator
// Bello" stays one unknown name rather than becoming a bare surname;
// "Canon Ash" is Tom Ash's when "Tom Ash" is named).
func (b *builder) splitDescriptors() {
	for _, p := range b.paras {
		for mi := range p.ments {
			m := &p.ments[mi]
			for m.hint != organisation && m.hi-m.lo >= 2 && b.descriptorAt(p, m) {
				t := p.toks[m.lo]
				p.mentAt[m.lo] = -1
				m.title = t.text
				if m.runLo > m.lo {
					m.runLo = m.lo
				}
				m.lo++
				m.hint = person
			}
		}
	}
}

// descriptorAt reports whether the first word of mention m is a descriptor
// that splitDescriptors takes off.
func (b *builder) descriptorAt(p *para, m *mention) bool {
	t, next := p.toks[m.lo], p.toks[m.lo+1]
	if !t.capital() || t.poss || strings.Contains(t.text, ".") || len(t.text) < 4 ||
		lexicon.Particles.Has(t.text) || !next.capital() || strings.HasSuffix(next.text, ".") || m.nick.inside(m.lo) {
		return false
	}
	w := fuzzy.Fold(t.text)
	if lexicon.CommonGivenName(t.text) || b.nameWord(w) {
		return false
	}
	if m.hi-m.lo == 2 && (lexicon.GivenName(t.text) && !jobNoun(w) || !b.longerName(p, m)) {
		return false
	}
	if b.rs.lower[w] && b.nounUse(w) || jobNoun(w) {
		return true
	}
	// A common noun before a name the article also writes without it:
	// the name left opens with a given name or a word that is no common
	// noun, or is one word of a longer name (longerName, above).
	return lexicon.Noun(w).Noun && !lexicon.GivenName(t.text) &&
		(m.hi-m.lo == 2 || (lexicon.GivenName(next.text) || !nounKind(fuzzy.Fold(next.text)).Noun) && b.namedWithout(p, m))
}

// jobNoun reports whether the folded word w is, by WordNet, a noun for a
// person and never a name.
func jobNoun(w string) bool {
	if rest, ok := strings.CutPrefix(w, "co-"); ok {
		w = rest // "co-investigator", "co-pilot": a job shared is a job
	}
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
// the article other than as the first word of a longer run of capitalised
// words, where a descriptor stands.
func (b *builder) nameWord(w string) bool {
	for _, p := range b.paras {
		for _, m := range p.ments {
			for k := m.lo; k < m.hi; k++ {
				if fuzzy.Fold(p.toks[k].text) == w && (k > m.lo || m.hi-m.lo < 2) {
					return true
				}
			}
		}
	}
	return false
}

// longerName reports whether the last word of mention m, the one word its
// name would keep, is the last word of a person's longer name elsewhere in
// the article: "Ash" in "Canon Ash" when "Tom Ash" is named.
func (b *builder) longerName(p *para, m *mention) bool {
	last := fuzzy.Fold(p.toks[m.hi-1].text)
	for _, q := range b.paras {
		for _, o := range q.ments {
			if o.hi-o.lo >= 2 && o.hint != organisation && (q != p || o.lo != m.lo) && fuzzy.Fold(q.toks[o.hi-1].text) == last &&
				!q.toks[o.lo].is(p.toks[m.lo].text) {
				return true
			}
		}
	}
	return false
}

// namedWithout reports whether the article names mention m's person
// elsewhere without m's first word: its last word stands in another
// mention that does not open with that first word ("Ade" for "Comrade
// Femi Ade").
func (b *builder) namedWithout(p *para, m *mention) bool {
	first, last := p.toks[m.lo].text, fuzzy.Fold(p.toks[m.hi-1].text)
	for _, q := range b.paras {
		for _, o := range q.ments {
			if o.hint != organisation && (q != p || o.lo != m.lo) && fuzzy.Fold(q.toks[o.hi-1].text) == last && !q.toks[o.lo].is(first) {
				return true
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
// keeps its name: "harriet" is never a lower-case noun. A run with no
// title is dropped when it is an office by itself (office): "Special
// Envoy", "Staff Photographer", "Harbour Master".
func (b *builder) dropTitleRuns() {
	for _, p := range b.paras {
		dropped := false
		for mi := range p.ments {
			m := &p.ments[mi]
			if m.hi-m.lo < 2 || m.hint == organisation || !(m.title != "" && lexicon.IsTitleWord(p.toks[m.hi-1].text) && b.nounsBefore(p, m) ||
				m.title == "" && b.office(p, m)) {
				continue
			}
			{
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

// nounsBefore reports whether every word of mention m but its last is
// capitalised and used elsewhere, outside quotations, in lower case as a
// noun.
func (b *builder) nounsBefore(p *para, m *mention) bool {
	for _, t := range p.toks[m.lo : m.hi-1] {
		w := fuzzy.Fold(t.text)
		if !t.capital() || t.poss || !b.rs.lower[w] || !b.nounUse(w) {
			return false
		}
	}
	return true
}

// office reports whether mention m, which has no title, names an office
// rather than a person: its last word is a role noun (lexicon.IsTitleWord)
// or a noun for a person WordNet never lists as a name that the article
// also writes as a common noun ("Master"; not "Power", which WordNet also
// reads as a person: "Caldera Power" is a company), every
// word before it a capitalised common noun or adjective WordNet knows and
// no common given name ("Special Adviser", "Public Relations Officer",
// "Staff Writer"), and its last word never stands alone as a name in the
// article ("Jane Baker" … "Baker said" is a person; "Grace Porter" opens
// with a given name).
func (b *builder) office(p *para, m *mention) bool {
	last := p.toks[m.hi-1]
	lw := fuzzy.Fold(last.text)
	if !last.capital() || last.poss || !(lexicon.IsTitleWord(last.text) || jobNoun(lw) && b.rs.lower[lw] && b.nounUse(lw)) {
		return false
	}
	for _, t := range p.toks[m.lo : m.hi-1] {
		w := fuzzy.Fold(t.text)
		if !t.capital() || t.poss || t.quote >= 0 || lexicon.CommonGivenName(t.text) || lexicon.Particles.Has(t.text) ||
			!(lexicon.Noun(w).Noun || lexicon.Noun(strings.TrimSuffix(w, "s")).Noun || b.rs.lower[w]) {
			return false
		}
	}
	for _, q := range b.paras {
		for _, o := range q.ments {
			if o.hi-o.lo == 1 && fuzzy.Fold(q.toks[o.lo].text) == lw {
				return false
			}
		}
	}
	return true
}
