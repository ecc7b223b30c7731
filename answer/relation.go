// Relations a claim adds to the facts its words share with a passage: a
// cause the passage does not give, and an act its paragraph says the
// claim's subject did not do.

package answer

import (
	"regexp"
	"slices"

	"articlebot/lexicon"
)

// causeClaim matches the words by which a claim gives a cause. "Due to"
// is left out: "due to meet in April" gives none.
var causeClaim = regexp.MustCompile(`(?i)\b(because|caused|causes|causing|owing to|thanks to|as a result|resulted in|results in|led to|leads to)\b`)

// causeStated reports whether a window uses a word that states or implies
// a cause (lexicon.CauseEvidence).
func (ix *evidenceIndex) causeStated(window []int) bool {
	for _, id := range window {
		for _, w := range ix.sents[id].words {
			if lexicon.CauseEvidence.Has(w) {
				return true
			}
		}
	}
	return false
}

// deniedNearby reports whether another sentence of the window's paragraph
// names the claim's subject (or refers to it) and negates a word the
// positive claim says of it: "Farrow has not said how he will vote" beside
// "a committee chaired by Farrow is scheduled to vote" does not let
// "Farrow has said he will vote for the bill" pass on the second alone.
// mask holds the claim's terms the window matched.
func (e *Engine) deniedNearby(c *claimInfo, window []int, mask uint64) bool {
	if c.negated || c.subject == "" || len(window) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	var names uint64
	for _, m := range c.nameMasks {
		names |= m
	}
	said := mask &^ names &^ c.negMask
	for _, s := range e.art.SentencesOf(e.art.Sentences[window[0]].Para) {
		if slices.Contains(window, s.ID) || !slices.Contains(ix.sents[s.ID].names, c.subject) {
			continue
		}
		neg := c.matched(-1-s.ID, ix.sents[s.ID].negTerms)
		pos := c.matched(posKey-s.ID, ix.sents[s.ID].posTerms)
		if neg&^pos&said != 0 {
			return true
		}
	}
	return false
}
