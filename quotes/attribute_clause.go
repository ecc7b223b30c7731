package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// ownersNamed returns the person named after a possessive's role, from
// token i: "according to Maria Lopez's lawyer, Tom Reed" is Tom Reed. A
// role with no name after it ("Lopez's lawyer said") names no one here.
func (b *builder) ownersNamed(p *para, i int) (who, status) {
	toks := p.toks
	for j := i; j < len(toks) && j < i+5 && toks[j].sent == toks[i-1].sent; j++ {
		if !toks[j].is(",") {
			if !toks[j].isWord() || toks[j].capital() {
				break
			}
			continue
		}
		if j+1 < len(toks) {
			if mi := p.mentAt[j+1]; mi >= 0 && p.ments[mi].runLo == j+1 && p.ments[mi].ent != nil && p.ments[mi].ent.kind == Person {
				return who{ent: p.ments[mi].ent}, found
			}
		}
		break
	}
	return who{}, none
}

// subjectBefore reports whether the verb at v, after a comma, closes a
// subject with an apposition rather than following a quotation ("“…,”
// said Ann Lee"): a name ends right before the comma ("Aldous's agent,
// Marcus Fenn, told the BBC:"), or a person's name opens the clause and a
// description set off after it ends at the comma ("Ann Lee, an analyst at
// Lund Brothers, said the board was “…”"). Then the words after the verb
// are its object.
func subjectBefore(p *para, lo, v int) bool {
	c := v - 1
	if c-1 < lo || !p.toks[c].is(",") {
		return false
	}
	mi := p.mentAt[c-1]
	if mi >= 0 && p.ments[mi].hi == c && p.ments[mi].ent != nil && !p.toks[c-1].poss {
		return true
	}
	if t := p.toks[lo]; t.isWord() && lexicon.Indefinites.Has(t.lower()) {
		return true // "A Harbour Board insider, talking after the meeting, said the vote …"
	}
	if mi := p.mentAt[lo]; mi >= 0 {
		m := p.ments[mi]
		return m.runLo == lo && m.ent != nil && m.ent.kind == Person && !p.toks[m.hi-1].poss && m.hi < c && p.toks[m.hi].is(",")
	}
	return false
}

// markedTitle reports whether token i is the title of mention m when a
// seniority mark stands before it: "said the younger Ms Whitt", whose run
// namesakeWord opened at "the".
func markedTitle(m mention, i int) bool {
	return m.senior != 0 && m.runLo < i && i < m.lo
}

// passive reports whether the verb at v, after lo, is in the passive: a
// form of "be" before it, past adverbs ("had been told", "was firmly
// told").
func passive(toks []token, lo, v int) bool {
	for k := v - 1; k >= lo && k >= v-3 && toks[k].isWord(); k-- {
		w := toks[k].lower()
		if lexicon.BeForms.Has(w) {
			return true
		}
		if !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// personNoun reports whether t is a lower-case noun WordNet knows as a
// person's, among other things: "foreman", "figure", "veteran".
func personNoun(t token) bool {
	return t.isWord() && t.folded() && !lexicon.FunctionWords.Has(t.text) && lexicon.Noun(fuzzy.Fold(t.text)).Person
}

// setOffName returns the name set off by commas after a short description
// that opens the clause at lo, when a relative clause set off too runs from
// it to the comma at j before the verb: "Its developer, Corran Biologics,
// which funded the study, said", "Her coach, Tom Berg, who …, said". Without it
// the description's owner ("its": the trial named before) took the words.
func (b *builder) setOffName(p *para, lo, j int) (who, int, bool) {
	toks := p.toks
	if lo < j && openingAdverbial(p, lo) {
		// "Opening the meeting at the Corn Hall, Kelby, the chair, Dr
		// Ann Lee, who …, told members:": the description comes after
		// the opening phrase and any place set off inside it.
		for c := lo + 1; c+1 < j && toks[c].quote < 0; c++ {
			if toks[c].is(",") && !openingAdverbial(p, c+1) {
				if w, start, ok := b.setOffName(p, c+1, j); ok {
					return w, start, true
				}
			}
		}
		return who{}, 0, false
	}
	if lo >= j || !toks[lo].isWord() || !(lexicon.Definites.Has(toks[lo].lower()) || lexicon.PossessivePronouns.Has(toks[lo].lower())) {
		return who{}, 0, false
	}
	for c := lo + 1; c < j && c <= lo+5; c++ {
		if !toks[c].is(",") {
			if !toks[c].isWord() || toks[c].quote >= 0 || p.mentAt[c] >= 0 {
				return who{}, 0, false
			}
			continue
		}
		mi := p.mentAt[c+1]
		if mi < 0 && c+2 < j {
			mi = p.mentAt[c+2] // "the chair, Dr Ann Lee,": the title is the run's, not the name's
		}
		if mi < 0 || p.ments[mi].runLo != c+1 || p.ments[mi].ent == nil {
			return who{}, 0, false
		}
		m := p.ments[mi]
		if h := m.hi; h+1 < j && toks[h].is(",") && (toks[h+1].is("which") || toks[h+1].is("who")) && !toks[h-1].poss {
			return who{ent: m.ent}, m.runLo, true
		}
		return who{}, 0, false
	}
	return who{}, 0, false
}

// complementSpan returns the span [k, c) of a role's complement that ends
// at the comma at c, in the phrase that starts at from: "of design" in
// "Holbrook's head of design,". The "of", "for" or "at" must follow a
// role word (as roleComplement reads one), and the complement hold one to
// four words and no verb. Without one it returns c, c.
func complementSpan(toks []token, from, c int) (int, int) {
	for k := from + 1; k < c; k++ {
		if !toks[k].is("of") && !toks[k].is("for") && !toks[k].is("at") {
			continue
		}
		if head := toks[k-1]; !lexicon.IsRole(head.text) && !jobNoun(fuzzy.Fold(head.text)) || c-k-1 > 4 || c-k-1 < 1 {
			return c, c
		}
		for _, t := range toks[k+1 : c] {
			if !t.isWord() || t.quote >= 0 || lexicon.Auxiliaries.Has(t.lower()) || lexicon.Copulas.Has(t.lower()) || t.is("who") || t.is("that") || t.is("which") {
				return c, c
			}
		}
		return k, c
	}
	return c, c
}

// openingAdverbial reports whether the word at k opens an adverbial
// phrase rather than a subject: a preposition ("At the depot, …") or a
// participle ("Opening the meeting, …", "Speaking after the vote, …").
func openingAdverbial(p *para, k int) bool {
	t := p.toks[k]
	if !t.isWord() || t.quote >= 0 {
		return false
	}
	if mi := p.mentAt[k]; mi >= 0 && (p.ments[mi].ent != nil || p.ments[mi].hi > k+1) {
		return false // a name, not a capital that starts the sentence
	}
	w := t.lower()
	return lexicon.Prepositions.Has(w) || strings.HasSuffix(w, "ing") && len(w) > 5 && !lexicon.FunctionWords.Has(w)
}
