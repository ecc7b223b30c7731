package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// nearPerson returns the one person whose surname is a spelling variant of
// w (Zelenskyy for Zelenskiy).
func (rs *resolver) nearPerson(w string) *entity {
	var found *entity
	fw := fuzzy.Fold(w)
	for _, e := range rs.byPrefix[prefix2(fw)] {
		esur := surname(e.words)
		if _, ok := lexicon.Near(fw, fuzzy.Fold(esur[len(esur)-1])); ok {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// nameLike reports whether an unknown one-word name is a proper name and
// not a capitalised common word: "Moscow says" but not "Experts suggested".
func (rs *resolver) nameLike(r mref) bool {
	if !r.m().initial {
		return true
	}
	w := r.word(0)
	lw := strings.ToLower(w)
	if lexicon.Generics.Has(lw) || rs.lower[lw] {
		return false
	}
	if rs.capitalMid[w] {
		return true
	}
	return !strings.HasSuffix(lw, "s")
}

// afterPlacePreposition reports whether token i follows a preposition that
// puts a place after it ("in", "from").
func afterPlacePreposition(p *para, i int) bool {
	return i > 0 && p.toks[i-1].isWord() && lexicon.PlacePrepositions.Has(p.toks[i-1].lower())
}

// bareName reports whether an unresolved mention reads as a person's full
// name: two to four words, outside quotations, none a place's head, a
// time, a word the article also writes in lower case, or an opener of
// sentences, and not after a preposition that puts a place after it.
func (rs *resolver) bareName(r mref) bool {
	m := r.m()
	if n := r.size(); n < 2 || n > 4 || r.quoted() {
		return false
	}
	if afterPlacePreposition(r.p, m.runLo) || inAddress(r.p.toks, m.runLo) {
		return false
	}
	// "in Jeddah, Saudi Arabia": a place after a place.
	if k := m.runLo - 2; k >= 0 && r.p.toks[k+1].is(",") && r.p.mentAt[k] >= 0 && afterPlacePreposition(r.p, r.p.ments[r.p.mentAt[k]].runLo) {
		return false
	}
	words := r.words()
	for i, w := range words {
		// A particle inside the name of someone with a given name is a
		// surname's ("Pieter van der Berg", "Dara Ní Bhriain"), not a
		// place's ("Rio de Janeiro").
		if i > 0 && i < len(words)-1 && isParticle(w) && lexicon.GivenName(words[0]) {
			continue
		}
		if lexicon.PlaceHeads.Has(w) || lexicon.Temporal.Has(w) || lexicon.SentenceStarters.Has(w) ||
			isParticle(w) || rs.lower[strings.ToLower(w)] && !closingSurname(r, i) || strings.Contains(w, ".") && len(w) > 2 {
			return false
		}
	}
	return true
}

// closingSurname reports whether word i of a mention, a word the article
// also writes in lower case, is still the surname of the name it closes:
// the last word, after a given name (or, inside a sentence, after a word
// no dictionary knows), no noun, and set off by punctuation after it
// ("Wanjiru Kamau Too, OGW, said", "and Zawadi Said, JJ.A, agreed"). A
// title-cased line capitalises the common word before another word ("Jane
// Doe Said to Quit"), and a noun closes a place's or a body's name
// ("Marlow Baths,").
func closingSurname(r mref, i int) bool {
	m, toks := r.m(), r.p.toks
	if i == 0 || i != r.size()-1 || !lexicon.GivenName(r.word(0)) && (m.initial || !noEnglishWord(r.word(0))) || m.hi >= len(toks) {
		return false
	}
	if l := strings.ToLower(r.word(i)); lexicon.Noun(l).Noun || lexicon.Noun(strings.TrimSuffix(l, "s")).Noun {
		return false
	}
	next := toks[m.hi]
	return !next.isWord() && next.sent == toks[m.lo].sent && !next.is("'") && !next.is("’")
}

// honorificGiven gives back to a new person's name the honorific dropped
// before it when the honorific is also a given name ("Rana", "Nana", "Adi")
// and one word is left: "Rana Ayyub", whom no earlier person's surname
// claims, is named so; "Nana Boateng" after Nana Kofi Boateng is found by
// surname before a new person is made, and keeps Nana as a title.
func honorificGiven(r mref) {
	m := r.m()
	if r.single() && m.lo > 0 && lexicon.Honorific(m.title) && trimDot(r.p.toks[m.lo-1].text) == m.title {
		m.lo--
		m.title = ""
	}
}

// prefix2 returns the first two letters of s: people whose surnames differ
// by a typo almost always share them.
func prefix2(s string) string {
	r := []rune(s)
	return string(r[:min(2, len(r))])
}
