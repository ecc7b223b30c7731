// Guards that read the clause a claim aligns to, not the whole window.

package answer

import "math/bits"

// inAlignedClause reports whether the clause of sentence id that holds
// word v also holds a word the claim has in the window (mask): a word
// opposed to the claim's in a clause about something else ("the 7 p.m.
// ferry was cancelled, and the morning crossing ran late" for "the evening
// ferry was cancelled") does not contradict it.
func (c *claimInfo) inAlignedClause(ix *evidenceIndex, id int, v string, mask uint64) bool {
	return c.alignedClause(ix, id, mask, func(k int) bool { return containsStr(ix.sents[id].clauseWords[k], v) })
}

// alignedClause is inAlignedClause for the clauses that in reports.
func (c *claimInfo) alignedClause(ix *evidenceIndex, id int, mask uint64, in func(k int) bool) bool {
	s := ix.sents[id]
	if len(s.clauseWords) < 2 || len(s.clauseWords) != len(s.clauses) {
		return true
	}
	for k, words := range s.clauseWords {
		if !in(k) {
			continue
		}
		if len(words) < minClauseWords {
			// "open but unstaffed": a phrase, not a clause.
			return true
		}
		for _, t := range s.clauses[k] {
			if c.matches[t]&mask != 0 {
				return true
			}
		}
	}
	return false
}

// minClauseWords is the fewest words a clause split at "and" or "but"
// has to be about something of its own.
const minClauseWords = 4

// opposedInClause reports whether a claim word the window holds only in a
// clause about something else has its opposite in the clause the claim
// aligns to: "visitors fell by a third" against "the number of visitors
// rose by a third, while rents fell slightly". The aligned clause holds at
// least two other words of the claim and not the word itself; the clauses
// that hold the word hold no other word of the claim.
func (e *Engine) opposedInClause(c *claimInfo, window []int, mask uint64) bool {
	ix := e.evidence.get(e.art, e.quotes)
	if c.wideOpp == nil {
		c.wideOpp = wideOpposites(c, ix)
	}
	for i, t := range c.terms {
		opp := c.wideOpp[t]
		if mask&^c.negMask&(1<<i) == 0 || len(opp) == 0 {
			continue
		}
		// Where the window holds the word, it must hold no other word
		// of the claim: a claim of two facts aligns to two clauses.
		var opposed bool
		for _, id := range window {
			s := ix.sents[id]
			for _, cl := range s.clauses {
				var others uint64
				against, own := false, false
				for _, h := range cl {
					m := c.matches[h]
					own = own || m&(1<<i) != 0
					against = against || opp[h] && m == 0
					others |= m & mask &^ (1 << i)
				}
				switch {
				case own && others != 0:
					return false
				case against && !own && len(s.clauses) > 1 && bits.OnesCount64(others) >= 2:
					opposed = true
				}
			}
		}
		if opposed {
			return true
		}
	}
	return false
}
