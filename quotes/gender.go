package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// noteGenders gives people whose sex no title told a sex from what the
// article says of them before any pronoun is resolved: a gendered role
// ("her husband, Karl Adler", "his wife Pauline") or a pronoun that follows
// the name when the name is the only person named so far in the sentence
// ("Ruth Adler and her husband", "Tobias Wren … he runs"), or opens the
// next sentence after one that named only that person. Conflicting
// evidence leaves the sex unknown.
func (b *builder) noteGenders() {
	note := func(e *entity, g byte) {
		switch e.sexSeen {
		case 0:
			e.sexSeen = g
		case g:
		default:
			e.sexSeen = 'x'
		}
	}
	for _, e := range b.rs.people {
		for w := range e.roleWords {
			switch {
			case lexicon.MaleNouns.Has(w):
				note(e, 'm')
			case lexicon.FemaleNouns.Has(w):
				note(e, 'f')
			}
		}
	}
	var prevOnly *entity // the one person the previous sentence named, if one
	for _, p := range b.paras {
		var only *entity
		people, sent := 0, -1
		for k, t := range p.toks {
			if t.sent != sent {
				if sent >= 0 {
					prevOnly = nil
					if people == 1 {
						prevOnly = only
					}
				}
				only, people, sent = nil, 0, t.sent
			}
			if t.quote >= 0 || !t.isWord() {
				continue
			}
			if mi := p.mentAt[k]; mi >= 0 {
				if m := p.ments[mi]; m.lo == k && m.ent != nil && m.ent.kind == Person {
					people++
					only = m.ent
				}
				continue
			}
			if people == 0 && prevOnly != nil && sentenceInitial(p.toks, k) {
				// "Ana Ruiz founded the firm. Her deputy, …": a
				// sentence opening with a pronoun continues the person
				// the sentence before was about.
				only = prevOnly
			} else if people != 1 {
				continue
			}
			if g := pronounSex(t.text); g != 0 {
				note(only, g)
			}
		}
	}
	for _, e := range b.rs.people {
		if e.gender == 0 && e.sexSeen != 'x' {
			e.gender = e.sexSeen
		}
	}
}

// pronounSex tells the sex a personal or possessive pronoun refers to, or
// 0 for any other word.
func pronounSex(w string) byte {
	if len(w) > 7 {
		return 0
	}
	for _, p := range [...]string{"he", "his", "him", "himself"} {
		if strings.EqualFold(w, p) {
			return 'm'
		}
	}
	for _, p := range [...]string{"she", "her", "hers", "herself"} {
		if strings.EqualFold(w, p) {
			return 'f'
		}
	}
	return 0
}
