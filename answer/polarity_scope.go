// Polarity read within its scope: verbs that only carry tense or aspect
// have no opposite, and a negation that covers only itself ("with
// nothing") covers nothing a window could state plainly.

package answer

import (
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// auxiliary reports whether the claim word at fields[k] only carries tense
// or aspect: "has" before a participle ("has grown"), whose opposite
// ("lacks", "missing") says nothing against the claim.
func auxiliary(fields []string, k int) bool {
	w := strings.ToLower(strings.Trim(fields[k], ".,;:!?()[]\"“”‘’'"))
	if w != "has" && w != "have" && w != "had" && w != "having" || k+1 >= len(fields) || endsClause(fields[k]) {
		return false
	}
	next := strings.ToLower(strings.Trim(fields[k+1], ".,;:!?()[]\"“”‘’'"))
	return next == "been" || next == "not" || next == "never" || pastForm(next)
}

// beforeGerund reports whether the claim word at fields[k] is followed by
// an "-ing" verb: "keeps losing", "kept pumping". Its opposite counts only
// in the same frame ("stopped pumping"), not as another sense of the verb
// ("loses power" is not the opposite of "keeps losing power").
func beforeGerund(fields []string, k int) bool {
	if k+1 >= len(fields) || endsClause(fields[k]) {
		return false
	}
	next := strings.ToLower(strings.Trim(fields[k+1], ".,;:!?()[]\"“”‘’'"))
	if len(next) < 5 || !strings.HasSuffix(next, "ing") {
		return false
	}
	_, classed := classOf[next] // "morning", "evening": a time, not a verb
	return !classed && len(lexicon.BaseForms(next)) > 0
}

// followedByGerund reports whether sentence s uses word v before an "-ing"
// word.
func followedByGerund(s sentenceEvidence, v string) bool {
	for _, words := range s.clauseWords {
		for k := 0; k+1 < len(words); k++ {
			if words[k] == v && len(words[k+1]) >= 5 && strings.HasSuffix(words[k+1], "ing") {
				return true
			}
		}
	}
	return false
}

// negators returns the claim's terms that are negating words themselves
// ("nothing", "nobody"): a negation that covers only them covers nothing
// the window could state plainly.
func (c *claimInfo) negators() uint64 {
	var m uint64
	for _, f := range strings.Fields(c.text) {
		if !negation.MatchString(f) {
			continue
		}
		for _, t := range retrieval.Terms(f) {
			if i := indexOf(c.terms, t); i >= 0 {
				m |= 1 << i
			}
		}
	}
	return m
}
