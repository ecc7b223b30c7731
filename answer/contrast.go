// Words that contradict a claim word when a window uses them in its
// place: antonyms, and the other words of one closed class.

package answer

import (
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// opposites returns the terms of a word's antonyms: WordNet's (lexOpp,
// lexicon.Opposites(w)) and the lexicon's.
func opposites(w string, lexOpp []string) map[string]bool {
	out := map[string]bool{}
	add := func(o string) {
		for _, t := range retrieval.Terms(o) {
			out[t] = true
		}
	}
	for _, o := range lexOpp {
		add(o)
	}
	for _, t := range retrieval.Terms(w) {
		for _, a := range antonyms[t] {
			out[a] = true
		}
	}
	return out
}

// sameClass reports whether two different words belong to one closed
// class (two weekdays, two months, two directions).
func sameClass(a, b string) bool {
	ca, okA := classOf[a]
	cb, okB := classOf[b]
	if !okA || !okB || ca != cb {
		return false
	}
	return !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) && !samePoint(a, b) // "south", "southern": one word
}

// pointOf maps each word of lexicon.SamePoint, and its term, to its group
// plus one.
var pointOf = map[string]int{}

func init() {
	for k, g := range lexicon.SamePoint {
		for _, w := range g {
			pointOf[w] = k + 1
			for _, t := range retrieval.Terms(w) {
				pointOf[t] = k + 1
			}
		}
	}
}

// samePoint reports whether two words (or terms) of one contrast class name
// the same point of it ("serious", "severe").
func samePoint(a, b string) bool { return pointOf[a] != 0 && pointOf[a] == pointOf[b] }

// classOf maps each word of lexicon.ContrastClasses to its class.
var classOf = map[string]int{}

func init() {
	for k, cl := range lexicon.ContrastClasses {
		for _, w := range cl {
			classOf[w] = k
		}
	}
}

// classOfTerm maps the term of each word of lexicon.ContrastClasses to its
// class.
var classOfTerm = map[string]int{}

func init() {
	for k, cl := range lexicon.ContrastClasses {
		for _, w := range cl {
			for _, t := range retrieval.Terms(w) {
				classOfTerm[t] = k
			}
		}
	}
}

// classSwapped reports whether the window puts another word of a claim
// word's closed class right beside the word the claim has beside it:
// "more cautious about next year" against "more cautious about last
// year", even where the window uses the claim's word elsewhere in
// another sense ("whether the growth could last").
func (c *claimInfo) classSwapped(ix *evidenceIndex, window []int) bool {
	classed := false
	for _, t := range c.terms {
		_, ok := classOfTerm[t]
		classed = classed || ok
	}
	if !classed {
		return false
	}
	return c.swappedBeside(ix, window,
		func(m capitalWord) bool {
			_, ok := classOfTerm[m.term]
			return ok
		},
		func(m, h capitalWord) bool {
			hc, ok := classOfTerm[h.term]
			return ok && h.term != m.term && hc == classOfTerm[m.term] && !oneWord(h.term, m.term) && !samePoint(h.term, m.term)
		})
}

// oneWord reports whether one term starts the other ("south",
// "southern": one word).
func oneWord(a, b string) bool { return strings.HasPrefix(a, b) || strings.HasPrefix(b, a) }
