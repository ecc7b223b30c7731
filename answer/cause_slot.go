// A cause a claim names must be the window's cause, not another one.

package answer

import (
	"regexp"
	"strings"

	"articlebot/retrieval"
)

// causeObject matches where a claim names what caused something ("caused
// by", "because of", "blamed … on") and captures the rest of the claim.
// "Due to" is left out, as in causeClaim ("due to meet in April").
var causeObject = regexp.MustCompile(`(?i)\b(?:caused by|because of|owing to|thanks to|result of|blam(?:ed|es|ing)?\b(?:\s+\S+){0,6}?\s+(?:on|for))\s+(.+)`)

// causeEnd is where the phrase that names a cause ends.
var causeEnd = regexp.MustCompile(`(?i)\b(?:in|at|on|near|over|across|for|with|to|by|during|after|before|from|since|that|which|who|when|while|where)\b`)

// causeTerms returns, as a mask over the claim's terms, the words of the
// cause the claim names, up to the end of its clause.
func causeTerms(c *claimInfo) uint64 {
	m := causeObject.FindStringSubmatch(c.text)
	if m == nil {
		return 0
	}
	rest := m[1]
	if k := strings.IndexAny(rest, ",;.:!?"); k >= 0 {
		rest = rest[:k]
	}
	// The cause is the phrase before a place, a time or a clause about
	// it: "flooding in the low streets" names flooding.
	if k := causeEnd.FindStringIndex(rest); k != nil {
		rest = rest[:k[0]]
	}
	var mask uint64
	for _, t := range retrieval.Terms(rest) {
		if i := indexOf(c.terms, t); i >= 0 && i < 64 {
			mask |= 1 << i
		}
	}
	return mask
}

// causeChanged reports whether the window gives a cause of its own while
// crediting no word of the cause the claim names: "the outage was caused
// by a storm" against "the outage was caused by a failed transformer".
// An own-words sentence names the window's cause in other words, and a
// synonym or a word close by vectors credits it.
func (e *Engine) causeChanged(c *claimInfo, window []int, uncredited uint64) bool {
	if !c.causeRead {
		c.causeMask, c.causeRead = causeTerms(c), true
	}
	if c.causeMask == 0 || c.causeMask&^uncredited != 0 {
		return false
	}
	return e.evidence.get(e.art, e.quotes).causeStated(window)
}
