package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// A figure or a date answers the question only when it belongs to the
// question's holder: "How much does the runner-up receive?" is not
// answered by "the champions take home $8,000", nor "When was the
// choir founded?" by a paragraph about the festival that never mentions
// the choir. The holder is the subject between the question's auxiliary
// and its verb (subjectHead, event.go); it must be in the sentence or in
// a neighbouring sentence of its paragraph, in any form the focus knows:
// the term, a close spelling, a variant, or a WordNet relative, or by the
// name the question puts before it ("the Tarrow rink" — "Tarrow, 31,
// lost …"). A pronoun before the verb ("They return to the lake on Monday")
// may stand for a holder named anywhere before: not weighed.

// holderAbsent reports whether a figure or date question's subject is
// missing from the candidate's sentence and its paragraph neighbours.
// Only a holder among the focus terms that the article itself uses is
// weighed: a name or a role the focus sets aside is matched by the
// question's people (about.go), and a word the article never uses is
// another word for one it does ("the barrier" of an article about a wall).
func (e *Engine) holderAbsent(q string, f focus, c candidate) bool {
	verb := questionVerb(q)
	head := subjectHead(q, verb)
	if head == "" || titled(q, head) || f.money && moneyVerb(objectHead(q, verb)) {
		// "The Drowned Valley" is a title, not a holder noun; in "will
		// the fare freeze cost …" the verb read is the holder's noun.
		return false
	}
	if f.eventAbsence(q, verb, c) == 1 || pronounBefore(c.sent.Text, verb) {
		// Without the question's event the sentence is weighed as
		// another event's already (confidence.go, "verb absent").
		return false
	}
	window := e.paragraphTerms(c)
	for _, t := range retrieval.Terms(e.art.Title()) {
		// The headline's subject is every paragraph's: "Ridge fire:
		// what we know" — "the wildfire has burned 40,000 acres".
		window[t] = true
	}
	weighed := false
	for _, t := range retrieval.Terms(head) {
		for _, ft := range f.terms {
			if ft.term != t {
				continue
			}
			weighed = weighed || ft.exact
			if ft.in(window) || anyIn(window, ft.alts) {
				return false
			}
		}
	}
	if !weighed || namedHolderIn(q, verb, window) {
		return false
	}
	for _, r := range lexicon.Related(head) {
		for _, rt := range retrieval.Terms(r) {
			if window[rt] {
				return false
			}
		}
	}
	return true
}

// namedHolderIn reports whether a capitalised word of the question's
// subject (after its first word, between the auxiliary and the verb) is
// in the window: the holder's own name.
func namedHolderIn(q, verb string, window map[string]bool) bool {
	ws, caps := raised(questionTokens(q), capitalised(q))
	aux := slices.IndexFunc(ws, func(w string) bool { return questionAux[w] })
	v := slices.Index(ws, verb)
	if aux < 0 || v <= aux || len(caps) != len(ws) {
		return false
	}
	for i := aux + 1; i < v; i++ {
		if !caps[i] {
			continue
		}
		for _, t := range retrieval.Terms(ws[i]) {
			if window[t] {
				return true
			}
		}
	}
	return false
}

// pronounBefore reports whether a subject pronoun stands in the sentence
// before the question's verb (or anywhere, when the verb is not there in
// its own form): "They return to the lake on Monday", "the levy … and it
// should take effect in 2028" may stand for a holder named before.
func pronounBefore(s, verb string) bool {
	vt := retrieval.Terms(verb)
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(trimWord(w))
		if lexicon.SubjectPronouns.Has(w) || lexicon.OrgPronouns.Has(w) {
			return true
		}
		if ts := retrieval.Terms(w); len(vt) == 1 && len(ts) == 1 && ts[0] == vt[0] {
			return false
		}
	}
	return false
}

// titled reports whether the question spells word with a capital after
// its first word: "The Drowned Valley" is a name, not a holder noun.
func titled(q, word string) bool {
	caps := capitalised(q)
	for i, w := range questionTokens(q) {
		if w == word && i < len(caps) && caps[i] {
			return true
		}
	}
	return false
}

// figureOfHolder reports whether a figure the sentence holds (word
// indexes at) is the object of the question's verb done by its holder, in
// a relative clause right after it: "ahead of the 40 percent the union had
// wanted" answers "How much had the union wanted?". Between the figure and
// the holder only the figure's own words may stand (no preposition: "three
// rounds of talks with builders" is not the builders' figure), between the
// holder and the verb only auxiliaries. A light verb ("have") names no
// event of its own.
func figureOfHolder(q, s string, words [][]int, at []int) bool {
	verb := questionVerb(q)
	head := subjectHead(q, verb)
	if head == "" || lightVerb(verb) {
		return false
	}
	ht, vt := retrieval.Terms(head), retrieval.Terms(verb)
	if len(ht) != 1 || len(vt) != 1 {
		return false
	}
	for _, a := range at {
		holder := false
		for i := a + 1; i < len(words) && i <= a+holderReach; i++ {
			w := strings.ToLower(s[words[i][0]:words[i][1]])
			if holder && questionAux[w] {
				continue
			}
			ts := retrieval.Terms(w)
			if holder {
				if len(ts) == 1 && ts[0] == vt[0] {
					return true
				}
				break
			}
			if lexicon.Prepositions.Has(w) || lexicon.Conjunctions.Has(w) {
				break
			}
			holder = len(ts) == 1 && ts[0] == ht[0]
		}
	}
	return false
}

// holderReach is how many words after a figure its holder and verb may
// stand: the figure's unit ("billion", "percent"), the holder with a
// modifier, an auxiliary or two ("would have") and the verb.
const holderReach = 6
