// Scores and tallies: "won 3-2", "voted 6-1" state a pair of figures that
// must stand together in the passage.

package answer

import (
	"regexp"
	"strconv"
)

// pairRe is a claim's score or tally: two small numbers joined by a
// hyphen or dash ("3-2", "6–1").
var pairRe = regexp.MustCompile(`\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\b`)

// statedPairRe is a pair as a passage may give it: "3-2", "3–2", "3 to 2",
// "4 votes to 1"
// (after spelled numbers are read as digits: "six to one").
var statedPairRe = regexp.MustCompile(`\b(\d{1,2})\s*(?:votes?\s+)?(?:[-–—]|to)\s*(\d{1,2})\b`)

// scorePair is one score or tally.
type scorePair struct{ a, b int }

// scorePairs returns the scores and tallies of a text.
func scorePairs(text string, re *regexp.Regexp) []scorePair {
	var out []scorePair
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		out = append(out, scorePair{a, b})
	}
	return out
}

// pairsStated reports whether the window states each score or tally of
// the claim as a pair, in either order ("lost 2-3" is the other side's
// "won 3-2"): the two figures found apart ("the third goal", "two
// minutes from time") are not the score.
func (e *Engine) pairsStated(c *claimInfo, window []int) bool {
	if len(c.pairs) == 0 {
		return true
	}
	var have []scorePair
	for _, id := range window {
		have = append(have, scorePairs(spelledFigures(e.art.Sentences[id].Text), statedPairRe)...)
	}
	for _, p := range c.pairs {
		found := false
		for _, h := range have {
			found = found || h == p || h == scorePair{p.b, p.a}
		}
		if !found {
			return false
		}
	}
	return true
}
