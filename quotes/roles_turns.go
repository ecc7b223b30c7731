package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// turnRoles gives the people a transcript's labels name what the
// transcript says of them (see resolveTurns): whoever asks the questions
// is the interviewer, and a label of initials ("KM:") is a name the
// article calls them by, so that "the interviewer" and "KM" find them.
func (b *builder) turnRoles() {
	for _, t := range b.turns {
		e := t.who.ent
		if e == nil || e.kind != Person {
			continue
		}
		if t.asks {
			e.addRole("interviewer")
		}
		if initials(t.label) {
			// A name for lookups, as a nickname is, not a surface form
			// the answer side reads as naming them in a sentence.
			e.addNick(t.label)
		}
	}
}

// labelRole reads the label a record line puts before a name and a colon:
// "Press contact: Ann Roe, Communications Unit, …" gives "press contact", "Press
// enquiries: Tom Hale" "press enquiries". The label opens the paragraph,
// is one to three words ending in a lower-case noun, and holds no name
// (a transcript puts the name before the colon, and the words after).
func labelRole(p *para, m *mention) string {
	toks := p.toks
	c := m.runLo - 1
	if c < 1 || c > 3 || !toks[c].is(":") || m.ent.kind != Person {
		return ""
	}
	for k := 0; k < c; k++ {
		// The opening word is capitalised as any sentence's is ("Press").
		if t := toks[k]; !t.isWord() || k > 0 && p.mentAt[k] >= 0 || t.quote >= 0 || lexicon.Prepositions.Has(t.lower()) {
			return ""
		}
	}
	if last := toks[c-1]; last.capital() || !lexicon.Noun(fuzzy.Fold(last.text)).Noun {
		return ""
	}
	return strings.ToLower(phrase(toks, 0, c))
}
