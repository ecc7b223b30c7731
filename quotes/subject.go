package quotes

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// who is a resolved speaker: a named entity, or a generic group such as
// "U.S. officials" that has no entity.
type who struct {
	ent     *entity
	generic string
}

func (w who) name() string {
	if w.ent != nil {
		return w.ent.name
	}
	return w.generic
}

func (w who) ok() bool { return w.ent != nil || w.generic != "" }

type status uint8

const (
	none     status = iota // nothing that can be a subject
	found                  // a subject, resolved
	relative               // "who" or "which": the verb belongs to a clause inside the sentence
)

// subject finds the subject of the speech verb at v among tokens [lo, v):
// the name, pronoun or group noun just before the verb, past auxiliaries
// ("has also said") and past an apposition set off by commas ("Kristine
// Berzina, a managing director at …, said"). It returns where the subject
// phrase starts.
func (b *builder) subject(p *para, lo, v int) (who, int, status) {
	toks := p.toks
	j := v - 1
	for ; j >= lo && toks[j].isWord() && toks[j].lowerIn(lexicon.Auxiliaries); j-- {
	}
	if j >= lo && toks[j].isWord() && toks[j].lowerIn(lexicon.Negations) {
		return who{}, 0, none
	}
	j = pastLetters(p, lo, pastBrackets(toks, lo, j))
	if j > lo && toks[j].isWord() && lexicon.Seniority(toks[j].lower()) != 0 && p.mentAt[j] < 0 && p.mentAt[j-1] >= 0 {
		j-- // "Okafor junior said", the mark outside the name: the namesake it picks (namesake)
	}
	if w, start, st := b.documentAuthor(p, lo, v); st == found {
		return w, start, st
	}
	if w, ok := b.oneOfGroup(p, lo, v); ok {
		return w, lo, found
	}
	if j >= lo && toks[j].is(",") {
		// A name set off by commas after a role: "the prime minister, Keir
		// Starmer, said".
		e := j
		if e-2 > lo && toks[e-2].is(",") && personAge(toks[e-1].text) {
			e -= 2 // "Another skater, Priya, 10, said": past her age
		}
		// "The national body, the Office of Coastal Heritage (OCH), said":
		// past the initials in brackets.
		e = pastBrackets(toks, lo, e-1) + 1
		if e-1 >= lo {
			if mi := p.mentAt[e-1]; mi >= 0 && p.ments[mi].hi == e && p.ments[mi].ent != nil {
				m := p.ments[mi]
				if m.runLo > lo && toks[m.runLo-1].is(",") {
					return who{ent: m.ent}, m.runLo, found
				}
				if m.ent.kind == Organisation && m.runLo-1 > lo && toks[m.runLo-1].lower() == "the" && toks[m.runLo-2].is(",") {
					// "The city's bus drivers' union, the Tolland
					// Transit Workers Association, said".
					return who{ent: m.ent}, m.runLo - 1, found
				}
			}
		}
		if w, start, ok := b.setOffName(p, lo, j); ok {
			return w, start, found
		}
		if w, start, st := b.leadSubject(p, lo, j); st == found {
			return w, start, st
		}
		if w, start, st := b.described(p, lo, v); st == found {
			return w, start, st
		}
		cut := -1
		for c := lo; c < j; c++ {
			if toks[c].is(",") && c+1 < j && appositionStart(toks[c+1]) {
				cut = c
				break
			}
		}
		if cut < 0 {
			return who{}, 0, none
		}
		if w, ok := b.oneOf(p, lo, cut, v); ok {
			return w, cut + 1, found
		}
		j = cut - 1
	}
	if j < lo || !toks[j].isWord() || toks[j].quote >= 0 {
		return who{}, 0, none
	}
	if mi := p.mentAt[j]; mi >= 0 && p.ments[mi].hi-1 == j && p.ments[mi].ent != nil {
		m := p.ments[mi]
		if toks[j].poss {
			return who{}, 0, none
		}
		if afterPreposition(toks, m.runLo) {
			// "A statement from Varga Bank said": the source speaks
			// through its statement.
			if k := m.runLo - 1; k-1 >= lo && (toks[k].is("from") || toks[k].is("by")) && lexicon.StatementNouns.Has(toks[k-1].lower()) {
				return who{ent: m.ent}, m.runLo, found
			}
			if w, start, ok := b.affiliatedSubject(p, lo, j); ok {
				return w, start, found
			}
			// "a spokesperson for Lumenar said": the name qualifies a
			// description.
			return b.descriptionBefore(p, lo, v)
		}
		if m.ent.kind == Person {
			if first, start := firstCoordinated(p, lo, m); first != nil {
				return who{ent: first}, start, found
			}
		}
		return who{ent: m.ent}, m.runLo, found
	}
	if w, start, ok := b.affiliatedSubject(p, lo, j); ok {
		return w, start, found // "Tom Berg from the port authority said"
	}
	w := toks[j].lower()
	if lexicon.Households.Has(w) && !toks[j].poss {
		// "the Marsh family said", "his family said"
		if h, ok := b.household(p, j); ok {
			return h, j, found
		}
	}
	if lexicon.StatementNouns.Has(w) && j-1 >= lo {
		if e := b.statementOwner(p, j-1); e != nil {
			return who{ent: e}, j - 1, found
		}
	}
	if lexicon.IsRole(w) || lexicon.Generics.Has(w) || lexicon.OrgNouns.Has(w) || b.orgNoun(w) {
		// "a senior official who attended said", "the manager said".
		if d, start, st := b.described(p, lo, v); st == found {
			return d, start, st
		}
		// After an opening phrase: "In a statement, the company said".
		for k := j - 1; k > lo && k >= j-6 && toks[k].isWord(); k-- {
			if w := toks[k].lower(); lexicon.Definites.Has(w) || lexicon.Indefinites.Has(w) {
				if toks[k-1].isWord() && lexicon.Prepositions.Has(toks[k-1].lower()) {
					break // "A parent at the school said": not the school
				}
				if d, start, st := b.described(p, k, v); st == found {
					return d, start, st
				}
				break
			}
		}
	}
	switch {
	case lexicon.PersonPronouns.Has(w) || lexicon.OrgPronouns.Has(w):
		if afterPreposition(toks, j) {
			return who{}, 0, none
		}
		if e := b.boundSubject(p, j, w); e != nil {
			return who{ent: e}, j, found
		}
		if src := b.sentSource[int(toks[j].sent)-1]; src != "" && (w == "he" || w == "she") {
			// "A worker, who asked not to be named, said …. “…,” he
			// said.": the source the sentence before was about.
			return who{generic: src}, j, found
		}
		if w := b.pronounWho(int(toks[j].sent), w); w.ok() {
			return w, j, found
		}
	case w == "who" || w == "which" || w == "that":
		return who{}, 0, relative
	case (lexicon.Generics.Has(w) || lexicon.PluralRole(w)) && !toks[j].poss:
		k := j
		for k > lo && toks[k-1].isWord() && (toks[k-1].capital() || strings.Contains(toks[k-1].text, ".")) && !lexicon.SentenceStarters.Has(toks[k-1].text) {
			k--
		}
		// A capital that only starts the sentence ("Local officials") is
		// not part of the group's name.
		if k < j && sentenceInitial(toks, k) && toks[k].capital() && !b.rs.capitalMid[toks[k].text] {
			k++
		}
		phrase := make([]string, 0, j-k+1)
		for _, t := range toks[k:j] {
			if t.poss {
				phrase = append(phrase, t.text+"'s") // "Harlow's spokesman"
				continue
			}
			phrase = append(phrase, t.text)
		}
		phrase = append(phrase, w)
		if k > lo && toks[k-1].isWord() && lexicon.Prepositions.Has(toks[k-1].lower()) {
			return who{}, 0, none
		}
		return who{generic: strings.Join(phrase, " ")}, k, found
	}
	if d, start, st := b.descriptionBefore(p, lo, v); st == found {
		return d, start, st
	}
	return b.epithet(p, lo, j)
}

// maxBracketed is the most tokens a bracket after a name holds: an age
// ("Ms Reid (52) said"), a party and state ("Sen. Ana Ruiz (D-Ohio)
// said"), a handle. More is a sentence of its own.
const maxBracketed = 6

// pastBrackets returns the token before a short bracket that ends at j
// (see maxBracketed), or j when none does.
func pastBrackets(toks []token, lo, j int) int {
	if j < lo || !toks[j].is(")") {
		return j
	}
	for k := j - 1; k >= lo && k >= j-maxBracketed-1; k-- {
		if toks[k].is("(") {
			return k - 1
		}
		if toks[k].quote >= 0 || toks[k].is(")") {
			break
		}
	}
	return j
}

// appositionStart reports whether a word after a comma opens a description
// of the name before it: a lower-case word, a number or a relative pronoun.
func appositionStart(t token) bool {
	if !t.isWord() {
		return false
	}
	r := []rune(t.text)[0]
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// firstCoordinated returns the first of the people coordinated with the
// person mention m as the subject of a speech verb ("Kahl and Reyes
// said", "Kahl, Reyes and Ito said") and where its name starts, or nil.
// A Quote has one speaker, and no eval convention names two, so the first
// named speaks for all.
func firstCoordinated(p *para, lo int, m mention) (*entity, int) {
	toks := p.toks
	var first *entity
	start := m.runLo
	for k := start - 1; k-1 >= lo && (toks[k].is("and") || toks[k].is(",") || toks[k].is("&")); k = start - 1 {
		mi := p.mentAt[k-1]
		if mi < 0 {
			break
		}
		om := p.ments[mi]
		if om.hi != k || om.ent == nil || om.ent.kind != Person || toks[k-1].poss {
			break
		}
		first, start = om.ent, om.runLo
	}
	return first, start
}

// unnamedOne reports whether an unnamed source's description names one
// person: "a worker", "a spokesperson for the trust", not "officials" or
// "analysts at Varga Bank".
func unnamedOne(name string) bool {
	det, _, _ := strings.Cut(name, " ")
	return det == "a" || det == "an" || det == "one" || det == "another"
}

// statementOwner returns the organisation whose statement a statement noun
// after token k is: "a company statement said", "a Quinn Foods statement
// said", "the ministry's statement said" (the organisation the noun
// refers to, or the one named).
func (b *builder) statementOwner(p *para, k int) *entity {
	t := p.toks[k]
	if mi := p.mentAt[k]; mi >= 0 {
		if e := p.ments[mi].ent; e != nil && e.kind == Organisation && p.ments[mi].hi-1 == k {
			return e
		}
		return nil
	}
	w, _ := trimPossessive(t.lower())
	if !t.isWord() || t.capital() || !(lexicon.OrgNouns.Has(w) || b.orgNoun(w)) {
		return nil
	}
	return b.orgNamed(w, int(t.sent), int(t.start))
}
