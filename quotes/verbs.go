package quotes

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// speechVerb reports whether token i is a verb of speech and returns it as
// the Statement's Verb: "said", "called for", "according to". With frame
// set it also accepts verbs that only introduce quotations ("called").
func speechVerb(toks []token, i int, frame bool) (string, bool) {
	t := toks[i]
	if !t.isWord() || t.quote >= 0 || t.title {
		return "", false
	}
	w := t.text
	if w == "According" || w == "according" {
		if i+1 < len(toks) && toks[i+1].is("to") {
			return "according to", true
		}
		return "", false
	}
	if !t.folded() {
		return "", false
	}
	if w == "words" && i >= 2 && toks[i-1].is("the") && toks[i-2].is("in") && i+1 < len(toks) && toks[i+1].is("of") {
		return inWords, true // "“…”, in the words of one fisherman"
	}
	if lexicon.CallFor.Has(w) && i+1 < len(toks) && toks[i+1].is("for") {
		return w + " for", true
	}
	if w == "raised" && i+1 < len(toks) && (toks[i+1].is("concerns") || toks[i+1].is("concern")) {
		return "raised concerns", true
	}
	if lexicon.SpeechVerbs.Has(w) || (frame && (lexicon.FrameVerbs.Has(w) || lexicon.MannerVerbs.Has(w))) {
		return w, true
	}
	if (participle(w) || frame && frameParticiple(w)) && i > 0 && (toks[i-1].is(",") || toks[i-1].capital() && toks[i-1].isWord()) {
		// "…, Alan Breck, insisting", "…, calling it “…”", never "the
		// reporting rules".
		return w, true
	}
	return "", false
}

// inWords is the phrase that names a source after its words as "according
// to" does, and is read as it is (bySource): "“…”, in the words of a
// ferry pilot".
const inWords = "in the words of"

// bySource reports whether verb is a phrase whose source follows it:
// "according to", "in the words of".
func bySource(verb string) bool { return verb == "according to" || verb == inWords }

// catenative returns the verb that takes the speech verb at v as its
// infinitive, past "to" and a particle: "wanted to say", "used to say",
// "went on to say". Else -1. lo is the clause's first token.
func catenative(toks []token, lo, v int) int {
	c := v - 2
	if c <= lo || !toks[v-1].is("to") {
		return -1
	}
	if toks[c].is("on") {
		c-- // "went on to say"
	}
	if t := toks[c]; c <= lo || !t.isWord() || !t.folded() || t.quote >= 0 || lexicon.FunctionWords.Has(t.text) {
		return -1
	}
	return c
}

// participle reports whether the lower-case w is the -ing form of a speech
// verb: "insisting" (insists), "arguing" (argues), "noting" (noted).
func participle(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	return lexicon.SpeechVerbs.Has(stem+"s") || lexicon.SpeechVerbs.Has(stem+"es") || lexicon.SpeechVerbs.Has(stem+"ed")
}

// frameParticiple reports whether the lower-case w is the -ing form of a
// verb that only frames a quotation: "calling" (calls), "describing"
// (describes), "branding" (branded).
func frameParticiple(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	return lexicon.FrameVerbs.Has(stem+"s") || lexicon.FrameVerbs.Has(stem+"es") || lexicon.FrameVerbs.Has(stem+"ed")
}

// verbAfter reports whether a speech verb follows token i (after
// auxiliaries and adverbs such as "has also").
func verbAfter(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+5; j++ {
		if toks[j].isWord() && lexicon.Auxiliaries.Has(toks[j].text) {
			continue
		}
		_, ok := speechVerb(toks, j, true)
		return ok
	}
	return false
}

// verbAfterApposition reports whether a speech verb follows an apposition
// that starts at the comma at i: "Jane Roe, a city planner, said".
func verbAfterApposition(toks []token, i int) bool {
	if i >= len(toks) || !toks[i].is(",") || i+1 >= len(toks) || !appositionStart(toks[i+1]) {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+25 && toks[j].sent == toks[i].sent; j++ {
		if toks[j].kind == qopen {
			return false
		}
		if toks[j].is(",") {
			return verbAfter(toks, j+1)
		}
	}
	return false
}

// sourceAfter returns the index of the first name token after a speech verb
// at v that is followed by its subject ("said Maria Gonzalez") or after
// "according to a Kremlin statement": determiners and up to two lower-case
// words may come between. It returns -1 when no capital follows closely.
func sourceAfter(toks []token, v int, verb string) int {
	j := v + 1
	if bySource(verb) {
		j++
	}
	skipped := 0
	for ; j < len(toks) && toks[j].isWord(); j++ {
		t := toks[j]
		if t.capital() || dottedAcronym(t) || (lexicon.Particles.Has(t.text) && capitalAhead(toks, j)) {
			return j
		}
		if t.text == "a" || t.text == "an" || t.text == "the" {
			if t.text == "the" && j+1 < len(toks) && toks[j+1].isWord() && lexicon.MarkBefore(toks[j+1].lower()) {
				j++ // "said the younger Whitt": the mark belongs to the name
			}
			continue
		}
		if skipped == 2 || !bySource(verb) && !roleBeforeName(toks, j) {
			return -1
		}
		skipped++
	}
	return -1
}

// context looks around a mention for evidence of what it names: a speech
// verb after it, an apposition ("Kristine Berzina, a managing director"),
// an age (", 68,") or an inverted attribution ("said Maria Gonzalez").
func context(toks []token, m *mention) {
	if toks[m.lo].quote >= 0 {
		return
	}
	if !toks[m.hi-1].poss && !afterPreposition(toks, m.runLo) && (verbAfter(toks, m.hi) || verbAfterApposition(toks, m.hi)) {
		m.speaks = true
	}
	// A name set off by commas before the verb: "the prime minister, Keir
	// Starmer, said".
	if m.runLo > 0 && toks[m.runLo-1].is(",") && m.hi < len(toks) && toks[m.hi].is(",") && verbAfter(toks, m.hi+1) {
		m.speaks = true
	}
	for k := m.runLo - 1; k >= 0 && k >= m.runLo-5; k-- {
		v, ok := speechVerb(toks, k, true)
		if src := sourceAfter(toks, k, v); ok && (bySource(v) || inverted(toks, k) && endsClause(toks, m.hi)) && (src == m.runLo || m.senior != 0 && src > m.runLo && src <= m.lo) {
			m.speaks = true
		}
	}
	if m.hint == unknown && m.hi-m.lo == 1 && kinFirstName(toks, m) {
		m.hint = person
	}
	if m.hint == unknown && apposedToBody(toks, m) {
		m.hint = organisation
	}
	if m.hint != unknown || m.hi-m.lo < 2 {
		return
	}
	if inAddress(toks, m.runLo) {
		return // "X (52), of Quay Lane, Tarrow, the owner …": Tarrow is a place
	}
	// A relative set off before the name is a person, whatever the
	// clause after it holds: "His wife, Edwina Vane, wrote to the
	// council".
	if k := m.runLo - 2; k >= 0 && toks[k+1].is(",") && toks[k].isWord() && lexicon.Kin.Has(toks[k].lower()) {
		m.hint = person
		return
	}
	if qualifiesSource(toks, m.runLo) {
		return // "a security guard at Larkspur Towers, who …, said": the clause is the guard's
	}
	// "The parish clerk, Ann Roe, locked the hall": a name set off after a
	// description is itself the apposition, and a verb with its object after
	// the second comma is the sentence's predicate, no description of it.
	predicate := m.runLo > 0 && toks[m.runLo-1].is(",") && verbWithObject(toks, m.hi+1)
	if h := apposition(toks, m.hi); h != unknown && !predicate {
		if h == organisation && lexicon.GivenName(toks[m.lo].text) && m.hi+1 < len(toks) && toks[m.hi+1].capital() && !lexicon.Definites.Has(toks[m.hi+1].lower()) {
			// "Ann Roe, Communications Unit, Marlow University": a field naming
			// where she works, not what she is ("Corran Hill Racing,
			// the company that …" is described as a body).
			h = person
		}
		m.hint = h
		return
	}
	// A role set off before the name: "her former lawyer, Colin Marsh".
	if k := m.runLo - 2; k >= 0 && toks[k+1].is(",") && toks[k].isWord() && !toks[k].capital() {
		switch {
		case lexicon.IsRole(toks[k].text):
			m.hint = person
		case lexicon.OrgNouns.Has(toks[k].lower()):
			m.hint = organisation
		}
	}
	if m.speaks && m.hint == unknown && !thingTail(toks, m) {
		m.hint = person
	}
}

// inverted reports whether the verb at k follows its quotation or a comma,
// so that its subject comes after it: “…,” said Maria Gonzalez.
func inverted(toks []token, k int) bool {
	return k > 0 && (toks[k-1].is(",") || toks[k-1].kind == qclose)
}

// endsClause reports whether token i ends the clause of an inverted
// attribution: “…,” said Maria Gonzalez, 68 / …, said Smith. A word after
// the name ("said Europe must …") shows the name is the object instead.
func endsClause(toks []token, i int) bool {
	if i < len(toks) && toks[i].sent == toks[i-1].sent && toks[i].isWord() && lexicon.Seniority(toks[i].lower()) != 0 {
		i++ // "said Colley senior."
	}
	return i >= len(toks) || toks[i].sent != toks[i-1].sent || !toks[i].isWord()
}

// apposition tells what a comma after a name opens a description of: a
// person ("who", an age, or a role noun within the next few words) or an
// organisation ("Halvmark Vand, the water company").
func apposition(toks []token, i int) hint {
	if i+1 >= len(toks) || !toks[i].is(",") || toks[i+1].is("and") || toks[i+1].is("or") || toks[i+1].is("but") {
		return unknown // ", and from inspectors of the board": a conjunction opens no apposition
	}
	for j := i + 1; j < len(toks) && j < i+10; j++ {
		t := toks[j]
		if !t.isWord() {
			return unknown
		}
		if _, ok := speechVerb(toks, j, false); ok {
			// "Callum Reyes, said the party …" is no apposition: the
			// description of a party after the verb is not his.
			return unknown
		}
		if t.text == "by" && j > i+1 {
			// "X, operated by a unit of Y,": the noun after "by"
			// is the agent's, not what X is.
			return unknown
		}
		if j == i+1 {
			if t.text == "who" || t.text == "whose" {
				return person
			}
			r := []rune(t.text)[0]
			if unicode.IsDigit(r) {
				return person
			}
		}
		if lexicon.IsRole(t.text) {
			return person
		}
		if j > i+2 && lexicon.Prepositions.Has(t.lower()) && personHead(toks[j-1]) {
			// "Ann Roe, a curate in the Marsh group,": the noun before
			// the complement is what she is; a body inside the
			// complement is where.
			return person
		}
		if lexicon.OrgNouns.Has(t.lower()) && !(j+1 < len(toks) && toks[j+1].isWord() && lexicon.IsRole(toks[j+1].text)) {
			// "the water company", but "a council member" is a person.
			return organisation
		}
	}
	return unknown
}
