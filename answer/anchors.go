// Anchors: the words of a claim that say where or who (places, bodies,
// offices) must be where the claim's evidence is.

package answer

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// anchors returns the terms of a claim that must occur in or next to the
// paragraph that supports it: the places it names ("in Monterrey", "at
// City Hall", the proper nouns after "in", "at" or "near" that are not
// part of the names the name check resolves) and the offices it names in
// lower case that the article holds ("by the governor", "the mayor"). The article uses them
// elsewhere, so they pass every lexical check; a model that moves a fact
// to another place or office borrows them from another paragraph. The
// headline and lead name what the whole article is about, so what they
// name is never out of place. On the tuned sets the anchors stopped 4 of
// 30 accepted invented sentences (a governor, a mayor, Monterrey,
// Brussels) and no own-words sentence; every capitalised word as an
// anchor, not only places, rejected 3 own-words sentences ("the U.S.
// envoy", "Western military support", "Mayor Elena Wiśniewski").
func (e *Engine) anchors(c *claimInfo, text string) []string {
	ix := e.evidence.get(e.art, e.quotes)
	var names uint64
	for k, m := range c.nameMasks {
		names |= m &^ c.roleMasks[c.names[k]]
	}
	var out []string
	place := false // inside "in Monterrey", "at City Hall"
	for _, f := range strings.Fields(text) {
		w := strings.Trim(f, ".,;:!?()[]\"“”‘’'")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		r := []rune(w)
		if len(r) < 2 {
			place = false
			continue
		}
		lower := strings.ToLower(w)
		capital := unicode.IsUpper(r[0])
		// An office in lower case names who did it ("by the governor");
		// capitalised, it is the title of a name the name check reads.
		office := !capital && lexicon.Offices.Has(lower)
		proper := place && capital && !functionWords[lower] && !lexicon.IsTitleWord(w) && !calendarWord(lower)
		place = locatives[lower] || proper
		if !office && !proper {
			continue
		}
		for _, t := range retrieval.Terms(w) {
			i := indexOf(c.terms, t)
			if i < 0 || names&(1<<i) != 0 || !c.hasMatch(i, ix) || e.inLead(t) || containsStr(out, t) {
				continue
			}
			out = append(out, t)
			if office {
				if c.anchorSyn == nil {
					c.anchorSyn = map[string][]string{}
				}
				for _, r := range lexicon.Related(lower) {
					if rs := retrieval.Terms(r); len(rs) == 1 && rs[0] != t {
						c.anchorSyn[t] = append(c.anchorSyn[t], rs[0])
					}
				}
			}
		}
	}
	return out
}

// locatives open a place: the proper nouns right after them are anchors.
var locatives = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// calendarWord reports whether w names a month or a weekday: dates are
// the figure check's.
func calendarWord(w string) bool {
	for _, cl := range lexicon.ContrastClasses[:2] {
		if containsStr(cl, w) {
			return true
		}
	}
	return false
}

// inLead reports whether the headline or the first body paragraph uses a
// term.
func (e *Engine) inLead(t string) bool {
	ix := e.evidence.get(e.art, e.quotes)
	lead := []int{1}
	if b := e.art.Body(); len(b) > 0 {
		lead = append(lead, b[0].N)
	}
	for _, p := range lead {
		if matchTerm(t, ix.paraTerms[p]) {
			return true
		}
	}
	return false
}

// anchored reports whether every anchor of a claim is in the paragraph of
// a window or next to it.
func (e *Engine) anchored(c *claimInfo, para int) bool {
	if len(c.anchors) == 0 {
		return true
	}
	if v, ok := c.anchoredIn[para]; ok {
		return v
	}
	v := e.anchoredIn(c, para)
	c.anchoredIn[para] = v
	return v
}

// anchoredIn is anchored without the memo.
func (e *Engine) anchoredIn(c *claimInfo, para int) bool {
	for _, t := range c.anchors {
		if !e.anchorNear(c, t, para) {
			return false
		}
	}
	return true
}

// anchorNear reports whether an anchor is in a paragraph or next to it,
// itself or, for an office, by a WordNet synonym: "the judge" is anchored
// where the article writes "Justice", "the chair" where it writes
// "president" (an office has a few synonyms, all of them offices, so the
// sense problem of wordnetMatches does not arise).
func (e *Engine) anchorNear(c *claimInfo, t string, para int) bool {
	ix := e.evidence.get(e.art, e.quotes)
	for p := para - anchorReach; p <= para+anchorReach; p++ {
		if matchTerm(t, ix.paraTerms[p]) {
			return true
		}
		for _, s := range c.anchorSyn[t] {
			if containsStr(ix.paraTerms[p], s) {
				return true
			}
		}
	}
	return false
}

// anchorReach is how many paragraphs either side of its evidence an
// anchor may be: a paragraph leans on the one before for where and who.
const anchorReach = 1
