package answer

import (
	"regexp"

	"articlebot/retrieval"
	"strings"

	"articlebot/lexicon"
)

// voteTakes returns the side each vote of a text takes (lexicon.VoteSide),
// leaving out the votes that take none and those a negation before the
// vote word turns ("did not vote for" is no vote against). Unlike
// voteSides, which looks for "for" or "against" anywhere a few words on to
// answer a question about one side, it reads the side a claim gives
// with "to" ("voted 9 to 4 to send it") and stops at the first word that
// is not a figure or a filler.
func voteTakes(text string) []int {
	words := strings.Fields(strings.ToLower(spelledFigures(text)))
	for i, w := range words {
		words[i] = strings.Trim(w, ".,;:!?\"“”'‘’()")
		if isNumberish(words[i]) {
			words[i] = "0" // a figure in words: "voted five to two"
		}
	}
	var out []int
	for i, w := range words {
		if !voteRe.MatchString(w) {
			continue
		}
		negated := false
		for k := max(0, i-3); k < i; k++ {
			negated = negated || words[k] == "not" || words[k] == "never" || strings.HasSuffix(words[k], "n't")
		}
		if side := lexicon.VoteSide(words[i+1 : min(len(words), i+9)]); side != 0 && !negated {
			out = append(out, side)
		}
	}
	return out
}

// voteTurned reports whether the claim gives a vote a side that no vote of
// the window takes while the window's votes take the other: "voted for
// the plan" against "voted against the plan", "voted against sending it"
// against "voted 9 to 4 to send it".
func (e *Engine) voteTurned(c *claimInfo, window []int) bool {
	claim := memo(c, "votes", voteTakes)
	if len(claim) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	var have []int
	for _, id := range window {
		have = append(have, ix.reads[id].votes...)
	}
	if len(have) == 0 {
		return false
	}
	for _, s := range claim {
		found := false
		for _, h := range have {
			found = found || h == s
		}
		if !found {
			return true
		}
	}
	return false
}

// refusalRe is a claim's refusal of a deed: "refused to sign", "declined
// to attend", "failed to register".
var refusalRe = regexp.MustCompile(`(?i)\b(?:refus|declin|fail)(?:e|es|ed|ing|s)?\s+to\s+(\p{L}+)`)

// refusedDone reports whether the claim says someone refused (declined,
// failed) to do what the window says plainly was done: "refused to
// register" against "had registered", the deed's word in the window
// outside any negation's reach.
func (e *Engine) refusedDone(c *claimInfo, window []int) bool {
	ix := e.evidence.get(e.art, e.quotes)
	for _, m := range refusalRe.FindAllStringSubmatch(c.text, -1) {
		ts := retrieval.Terms(strings.ToLower(m[1]))
		if len(ts) != 1 {
			continue
		}
		i := indexOf(c.terms, ts[0])
		if i < 0 {
			continue
		}
		for _, id := range window {
			s := ix.sents[id]
			if s.negated && refusalRe.MatchString(e.art.Sentences[id].Text) {
				continue
			}
			for _, t := range s.terms {
				if c.matches[t]&(1<<i) != 0 && !containsStr(s.negTerms, t) {
					return true
				}
			}
		}
	}
	return false
}
