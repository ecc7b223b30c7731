// Guards that read the clause a claim aligns to, not the whole window.

package answer

// inAlignedClause reports whether the clause of sentence id that holds
// word v also holds a word the claim has in the window (mask): a word
// opposed to the claim's in a clause about something else ("crews saved
// the plant, but 41 homes were lost") does not contradict it.
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
			// "credible but unconfirmed": a phrase, not a clause.
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
