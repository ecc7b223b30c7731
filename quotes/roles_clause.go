package quotes

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// roleByVerb reads a relative clause after the name (past an apposition)
// whose verb gives a role: "Luis Ortega, who chairs the council's
// transportation committee and wrote …" gives "chair of the council's
// transportation committee".
func roleByVerb(p *para, m *mention) string {
	toks := p.toks
	sent := toks[m.lo].sent
	if r := roleByMainVerb(toks, m); r != "" {
		return r
	}
	for k := m.hi; k < len(toks) && k < m.hi+14 && toks[k].sent == sent && toks[k].quote < 0; k++ {
		if !toks[k].is("who") {
			continue
		}
		v := k + 1
		perfect := false
		for v < len(toks) && toks[v].isWord() && lexicon.Auxiliaries.Has(toks[v].lower()) {
			perfect = perfect || toks[v].is("has") || toks[v].is("have") || toks[v].is("had")
			v++
		}
		if v >= len(toks) || !toks[v].isWord() {
			return ""
		}
		r := lexicon.RoleOfVerb(toks[v].lower())
		if r == "" {
			return agentRole(toks, v, perfect)
		}
		return r + " of " + objectPhrase(toks, v+1)
	}
	return ""
}

// agentRole reads what someone does for a living from the verb of a
// relative clause, by the noun WordNet derives from it (lexicon.AgentNoun):
// "who sells dumplings from a cart" gives "seller of dumplings", and so
// does "who has sold dumplings since 2009". The verb must say what someone does habitually — a present
// tense with no auxiliary, or a perfect with "since" or "for" after it —
// and take an object: "who has lost his job" and "who sells to tourists"
// give no role.
func agentRole(toks []token, v int, perfect bool) string {
	form := toks[v].lower()
	obj := v + 1
	if obj >= len(toks) || !toks[obj].isWord() || toks[obj].sent != toks[v].sent || toks[obj].quote >= 0 {
		return ""
	}
	if o := toks[obj].lower(); lexicon.Prepositions.Has(o) || lexicon.FunctionWords.Has(o) && !lexicon.Definites.Has(o) && !lexicon.Indefinites.Has(o) {
		return ""
	}
	switch {
	case perfect && !durationAfter(toks, v):
		return ""
	case !perfect && !strings.HasSuffix(form, "s"):
		return ""
	}
	agent := lexicon.AgentNoun(form)
	if agent == "" {
		return ""
	}
	// The object up to its first preposition: "seller of pepper-soup
	// noodles", not "… from the same stall".
	hi := obj + 1
	for hi < len(toks) && hi < obj+5 && toks[hi].isWord() && toks[hi].sent == toks[obj].sent && !lexicon.Prepositions.Has(toks[hi].lower()) &&
		!lexicon.FunctionWords.Has(toks[hi].lower()) {
		hi++
	}
	role := agent + " of " + phrase(toks, obj, hi)
	// Where, when a name says it: "who teaches history at Marlow
	// Grammar" is a "teacher of history at Marlow Grammar".
	if at := hi; at+1 < len(toks) && (toks[at].is("at") || toks[at].is("for")) && toks[at+1].capital() && toks[at+1].sent == toks[obj].sent {
		end := at + 1
		for end < len(toks) && end < at+6 && toks[end].isWord() && toks[end].capital() && toks[end].sent == toks[obj].sent {
			end++
		}
		role += " " + phrase(toks, at, end)
	}
	return role
}

// durationAfter reports whether "since" or "for" follows the verb at v in
// its clause: "has sold noodles from the same stall since 2009".
func durationAfter(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+12 && toks[k].sent == toks[v].sent && !toks[k].is(","); k++ {
		if durationAt(toks, k) {
			return true
		}
	}
	return false
}

// roleByPassive reads "X, chaired by NAME": NAME is the chair of X.
func roleByPassive(p *para, m *mention) string {
	toks := p.toks
	by := m.runLo - 1
	if by < 2 || !toks[by].is("by") {
		return ""
	}
	r := lexicon.RoleOfVerb(toks[by-1].lower())
	if r == "" || !toks[by-2].is(",") {
		return ""
	}
	hi := by - 2
	lo := hi
	for lo > 0 && toks[lo-1].isWord() && toks[lo-1].sent == toks[hi].sent && hi-lo < 6 {
		lo--
	}
	if lo == hi {
		return ""
	}
	return r + " of " + phrase(toks, lo, hi)
}

// rolePredicate reads a role given by "is": "Oduya is the team's captain",
// "Farrow is a Republican from …" — a determiner or possessive, at most
// four words, then a role noun, and an "of/at/for" complement.
func (b *builder) rolePredicate(p *para, m *mention) described {
	toks := p.toks
	v := m.hi
	// ", who is a professor of …": the relative clause's predicate.
	for k := m.hi; k < len(toks) && k < m.hi+14 && toks[k].sent == toks[m.lo].sent && toks[k].quote < 0; k++ {
		if toks[k].is("who") && k > m.hi && toks[k-1].is(",") {
			v = k + 1
			break
		}
	}
	// "Tarrant, 44, a former nurse, is the ward's only councillor …": past
	// what is set off between the name and its verb.
	if v == m.hi {
		v = pastSetOff(toks, v)
	}
	// "Jane Roe of the Civic Alliance was elected mayor": past an
	// affiliation.
	if v+1 < len(toks) && (toks[v].is("of") || toks[v].is("from")) {
		k := v + 1
		if toks[k].is("the") {
			k++
		}
		for k < len(toks) && toks[k].isWord() && toks[k].capital() && toks[k].sent == toks[v].sent {
			k++
		}
		if k > v+1 && toks[k-1].capital() {
			v = k
		}
	}
	lo := predicateStart(toks, v)
	if lo < 0 || lo+1 >= len(toks) {
		return described{}
	}
	// "who is chief technology officer", "who became mayor": a role with
	// no determiner, opened by a role adjective or a role noun and headed
	// by a noun for a person within four words.
	bare := false
	if w := toks[lo].lower(); !lexicon.Definites.Has(w) && !lexicon.Indefinites.Has(w) && !toks[lo].poss {
		if !toks[lo].isWord() || !lexicon.RoleAdjectives.Has(w) && !isHead(Person, w) {
			return described{}
		}
		bare, lo = true, lo-1
	}
	for h := lo + 1; h < len(toks) && h <= lo+5 && toks[h].isWord() && toks[h].sent == toks[lo+1].sent && toks[h].quote < 0; h++ {
		// A noun WordNet knows only as a person's heads it after "as"
		// too: "who worked as a welder for the yard" (but "is an
		// unlikely radical" describes less surely).
		asJob := !bare && lo > 0 && toks[lo-1].is("as") && !toks[h].capital() && jobNoun(toks[h].lower())
		if !isHead(Person, toks[h].text) && !((bare && nounKind(toks[h].lower()).Person || asJob) && !lexicon.RoleAdjectives.Has(toks[h].lower())) {
			continue
		}
		if bare {
			lo++
		}
		// "the first Green councillor": an affiliation before the noun.
		h = bareHead(toks, h)
		hi := h + 1
		if hi < len(toks) && toks[hi].isWord() && (toks[hi].is("of") || toks[hi].is("at") || toks[hi].is("for")) {
			for hi++; hi < len(toks) && hi < h+7 && toks[hi].isWord() && toks[hi].sent == toks[h].sent && !durationAt(toks, hi); hi++ {
			}
		}
		d := described{owner: b.ownerIn(p, lo, h, m.ent)}
		for lo < h && (lexicon.Definites.Has(toks[lo].lower()) || lexicon.Indefinites.Has(toks[lo].lower())) {
			lo++
		}
		d.text = phrase(toks, lo, hi)
		return d
	}
	return described{}
}

// bareHead returns the last noun for a person in a role with no
// determiner that starts its nouns at h: "officer" in "chief technology
// officer", "constable" in "deputy chief constable".
func bareHead(toks []token, h int) int {
	head := h
	for k := h + 1; k < len(toks) && k <= h+3 && toks[k].isWord() && toks[k].sent == toks[h].sent && toks[k].quote < 0; k++ {
		w := toks[k].lower()
		if lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) || toks[k].capital() {
			break
		}
		if isHead(Person, w) || nounKind(w).Person {
			head = k
		}
	}
	return head
}

// predicateStart returns where the complement of a linking verb at v
// starts ("is", "was", "became", "serves as", "worked as"), or -1. A
// present perfect says the same of the present: "has long been
// treasurer of the society", "has worked as a welder".
func predicateStart(toks []token, v int) int {
	if v+2 < len(toks) && (toks[v].is("has") || toks[v].is("have")) {
		v++
		for v+1 < len(toks) && toks[v].isWord() && !toks[v].is("been") && !toks[v].is("has") && !toks[v].is("have") && !toks[v].is("had") &&
			lexicon.Auxiliaries.Has(toks[v].lower()) && !modal(toks[v].lower()) {
			v++ // "has long been", "has also worked as"
		}
	}
	if v+1 >= len(toks) || !toks[v].isWord() {
		return -1
	}
	switch toks[v].lower() {
	case "is", "was", "became", "becomes", "been":
		// "was elected mayor", "was appointed treasurer".
		if w := toks[v+1].lower(); v+2 < len(toks) && (w == "elected" || w == "appointed" || w == "named" || w == "chosen" || w == "made") {
			return v + 2
		}
		return v + 1
	case "serves", "served", "works", "worked", "acts", "acted":
		if toks[v+1].is("as") {
			return v + 2
		}
	}
	return -1
}

// objectPhrase returns the noun phrase starting at token i, up to a comma,
// a conjunction, a clause of time or reason ("who managed Rovers when they
// last reached the final") or the end of the sentence, at most six words.
func objectPhrase(toks []token, i int) string {
	hi := i
	for hi < len(toks) && hi < i+6 && toks[hi].isWord() && toks[hi].sent == toks[i].sent {
		if w := toks[hi].lower(); w == "and" || w == "or" || w == "but" || w == "who" || w == "which" || lexicon.Subordinators.Has(w) {
			break
		}
		hi++
	}
	return phrase(toks, i, hi)
}

// isNumber reports whether w is all digits: an age ("Tom Hale, 54,").
func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// roleByMainVerb reads a role from the present tense of a verb that gives
// one right after the name, or after the comma closing the name set off
// by an apposition: "Aled Penhallow chairs the village's chamber of
// commerce", "His cousin, Aled Penhallow, chairs …" give "chair of the
// village's chamber of commerce". A past tense tells an event, not
// what the person is.
func roleByMainVerb(toks []token, m *mention) string {
	v := m.hi
	if v < len(toks) && toks[v].is(",") && m.runLo > 0 && toks[m.runLo-1].is(",") {
		v++
	}
	if v+1 >= len(toks) || !toks[v].isWord() || toks[v].sent != toks[m.lo].sent || toks[v].quote >= 0 || !strings.HasSuffix(toks[v].text, "s") {
		return ""
	}
	r := lexicon.RoleOfVerb(toks[v].lower())
	if r == "" || !toks[v+1].isWord() {
		return ""
	}
	return r + " of " + objectPhrase(toks, v+1)
}
