// A window word that turns the claim's own word round: "block its
// ratification" does not state "vote to ratify".

package answer

import "articlebot/lexicon"

// undoingTerms are the terms of the second pole of every direction scale
// (lexicon.DirectionScales): the words that cut, withdraw, reject, stop or
// lose what the first pole's words do.
var undoingTerms = map[string]bool{}

func init() {
	for _, sc := range lexicon.DirectionScales {
		for _, t := range poleTerms(sc[1]) {
			undoingTerms[t] = true
		}
	}
}

// downWords say which way a figure went without a verb of the scales
// ("expanding by just over one percent, down from 1.6"), so a claim that
// uses one undoes something itself.
var downWords = map[string]bool{"down": true, "lower": true, "less": true, "fewer": true, "below": true}

// undoneInWindow reports whether a window sentence puts right before a
// word that matches one of the claim's words (mask) an opposite of that
// very word ("would try to block its ratification" for "would vote to
// ratify the deal"): the window states the claim's word only to undo it.
// A claim that undoes something itself (a negation, a word of a second
// pole: "try to stop the deal being ratified", or a downWords) is read by
// the other checks.
func (e *Engine) undoneInWindow(c *claimInfo, window []int, mask uint64) bool {
	if c.negated {
		return false
	}
	for _, t := range c.terms {
		if undoingTerms[t] {
			return false
		}
	}
	ix := e.evidence.get(e.art, e.quotes)
	for _, id := range window {
		s := ix.sents[id]
		for p := 0; p+1 < len(s.capitals); p++ {
			y := s.capitals[p].term
			if !undoingTerms[y] || c.matches[y] != 0 || containsStr(s.negTerms, y) {
				continue
			}
			for i, x := range c.terms {
				if mask&(1<<i) != 0 && c.matches[s.capitals[p+1].term]&(1<<i) != 0 && containsStr(antonyms[x], y) {
					return !saysDown(c.text)
				}
			}
		}
	}
	return false
}

// saysDown reports whether a claim uses one of downWords. It is read only
// for a window that undoes a claim word: lowerWords allocates, and the
// gate judges hundreds of windows per answer.
func saysDown(text string) bool {
	for _, w := range lowerWords(text) {
		if downWords[w] {
			return true
		}
	}
	return false
}
