package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// officeInitials reads an office written in capitals with its initials in
// brackets just before a person's name: "District Food Controller (DFC)
// Rana Nadeem Waraich", "Regional Harbour Inspector (RHI) Dr Tomasz
// Pelletier". The office and its initials are the person's roles, and the
// initials alone later ("The DFC said") are that person, not someone named
// DFC: a reader told that the letters abbreviate an office held by the
// person named next reads them as that office. bracketedInitials leaves
// such runs alone (their last word is a role), so they are no body's.
// It runs after people are resolved and before any other name is.
func (rs *resolver) officeInitials(all []mref) {
	var holder map[string]*entity
	for _, r := range all {
		m, toks := r.m(), r.p.toks
		e, k := m.ent, m.runLo
		if e == nil || e.kind != Person || r.quoted() || k < 4 || !toks[k-1].is(")") || !toks[k-3].is("(") || !isAcronym(toks[k-2].text) || toks[k-3].sent != toks[k].sent {
			continue
		}
		acr := toks[k-2].text
		office := officeBefore(toks, k-3, acr)
		if office == "" {
			continue
		}
		e.addRole(office)
		e.addRole(acr)
		if holder == nil {
			holder = map[string]*entity{}
		}
		if h, ok := holder[acr]; ok && h != e {
			holder[acr] = nil // two holders: the letters alone name neither
		} else {
			holder[acr] = e
		}
	}
	for _, r := range all {
		if m := r.m(); holder != nil && m.ent == nil && r.single() && m.hint != person && !r.quoted() {
			if e := holder[r.word(0)]; e != nil {
				m.hint = person
				m.title, m.runLo = "", m.lo // "The DFC said": the article, no title
				r.attach(e)
			}
		}
	}
}

// officeBefore returns the capitalised words ending just before token b
// (the opening bracket) whose initials acr spells, the last of them a
// role ("District Food Controller" before "(DFC)"), or "".
func officeBefore(toks []token, b int, acr string) string {
	for lo := b - 1; lo >= 0 && lo >= b-8; lo-- {
		t := toks[lo]
		if !t.isWord() || t.sent != toks[b].sent || !t.capital() && !lexicon.SmallWords.Has(t.lower()) {
			return ""
		}
		if !t.capital() {
			continue
		}
		var words []string
		for _, u := range toks[lo:b] {
			words = append(words, u.text)
		}
		if lo < b-1 && initialsOf(acr, words) {
			if !lexicon.IsRole(strings.ToLower(words[len(words)-1])) {
				return ""
			}
			return strings.Join(words, " ")
		}
	}
	return ""
}
