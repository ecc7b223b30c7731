package quotes

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// learnTitles finds the honorifics and roles an article writes before
// names that no list knows, from how the article names the same person
// again, and moves them out of the names. A capitalised word before a
// full name is a title when the article drops it and keeps the name
// ("Mzee Daniel Kiprop" … "Daniel Kiprop said"), or keeps it and drops
// the given name ("Mzee Daniel Kiprop" … "Mzee Kiprop said"): news
// style names a person again by full name or by title and surname, never
// by a given name before the surname alone. It is a title too when it is
// no given name and stands before a common given name, which opens a
// name. Once seen so, or once a list found it before a name, the word is
// a title before every name of the article ("Mzee Ana Cruz"), and so is
// a capitalised word before it ("Bwana Mzee"). A given name is left in
// the name: "Mary Ann Lee" … "Ann Lee" may be one woman with two given
// names.
func learnTitles(all []mref) {
	names := map[string]bool{}    // names of two words or more, with a single title before them
	learned := map[string]bool{}  // words found to be titles
	surnames := map[string]bool{} // last words of names, after a given name
	for _, r := range all {
		m := r.m()
		if m.hint == organisation || r.quoted() {
			continue
		}
		w := r.words()
		if t := m.title; t != "" && m.lo > 0 && trimDot(r.p.toks[m.lo-1].text) == t && len(w) > 0 {
			names[t+" "+strings.Join(w, " ")] = true
			learned[t] = true
		}
		if len(w) >= 2 {
			names[strings.Join(w, " ")] = true
			if lexicon.GivenName(w[len(w)-2]) {
				surnames[w[len(w)-1]] = true
			}
		}
	}
	for _, r := range all {
		if !canHoldTitle(r) || r.size() < 3 || !titleLike(r, 1) {
			continue
		}
		w := r.words()
		if names[strings.Join(w[1:], " ")] || names[w[0]+" "+w[len(w)-1]] ||
			!lexicon.GivenName(w[0]) && lexicon.CommonGivenName(w[1]) {
			learned[w[0]] = true
		}
	}
	for _, r := range all {
		if !canHoldTitle(r) || r.size() < 2 {
			continue
		}
		w := r.words()
		k := 0
		for i := 0; i < min(3, len(w)-1) && titleLike(r, i+1); i++ {
			if learned[w[i]] {
				k = i + 1
			}
		}
		if k == 0 || !restNamesPerson(r, w[k:], surnames) {
			continue
		}
		m := r.m()
		if m.title == "" {
			m.title = strings.Join(w[:k], " ")
		}
		m.lo += k
		m.hint = person
	}
}

// restNamesPerson reports whether the words rest, left of mention r once its
// title is moved out, name a person: a given name first, no word of an
// organisation's name, and a last word that is no common noun unless the
// mention was a person's already ("Ann Baker"), or words none of which is
// a common noun ("Abdi Lwanga"); or one word that ends a
// full name the article writes ("Mzee Kiprop" after "Daniel Kiprop").
func restNamesPerson(r mref, rest []string, surnames map[string]bool) bool {
	if len(rest) == 1 {
		return surnames[rest[0]]
	}
	if isParticle(rest[0]) {
		return false
	}
	nouns := 0
	for _, w := range rest {
		if lexicon.OrgHeads.Has(w) || lexicon.OrgWords.Has(w) {
			return false
		}
		if commonNoun(strings.ToLower(w)) {
			nouns++
		}
	}
	given, _, _ := strings.Cut(rest[0], "-") // "François-Xavier"
	if !lexicon.GivenName(given) {
		return nouns == 0 // "Abdi Lwanga"
	}
	return r.m().hint == person || !commonNoun(strings.ToLower(rest[len(rest)-1]))
}

// canHoldTitle reports whether mention r may open with a title no list
// knows: the name of a person or of what may be one, outside quotation
// marks, with no nickname or post-nominal letters in it (which words
// leaves out).
func canHoldTitle(r mref) bool {
	m := r.m()
	return m.hint != organisation && !r.quoted() && m.nick.hi == m.nick.lo && m.post == 0
}

// titleLike reports whether the first k words of mention r may be a
// title: capitalised words of letters, none a given name (see
// learnTitles) unless it is also a title or role ("Sister"), a particle,
// an acronym or a word of an organisation's name.
func titleLike(r mref, k int) bool {
	m := r.m()
	if m.hi-m.lo < k {
		return false
	}
	for i := m.lo; i < m.lo+k; i++ {
		t := r.p.toks[i]
		w := t.text
		if !t.capital() || t.poss || isParticle(w) || isAcronym(w) || lexicon.OrgHeads.Has(w) || lexicon.OrgWords.Has(w) ||
			lexicon.CommonGivenName(w) || lexicon.GivenName(w) && !lexicon.IsTitleWord(w) || !lettersOnly(w) {
			return false
		}
	}
	return true
}

// lettersOnly reports whether w is two letters or more and nothing else.
func lettersOnly(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
		n++
	}
	return n >= 2
}
