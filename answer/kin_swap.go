package answer

import (
	"slices"

	"articlebot/lexicon"
)

// kinQualified reports whether the claim names a family relation plainly
// ("his brother") where the window has that family noun only with a
// qualifier that makes it another relation ("his brother-in-law", "a
// half-sister"): the words match, the relation does not. A claim that
// adds a qualifier the window lacks is left to the other checks.
func (e *Engine) kinQualified(c *claimInfo, window []int) bool {
	var plain []string
	for _, m := range memo(c, "kin", lexicon.KinMentions) {
		if m.Qualifier == "" {
			plain = append(plain, m.Noun)
		}
	}
	if len(plain) == 0 {
		return false
	}
	var qualified []string
	for _, id := range window {
		for _, m := range lexicon.KinMentions(e.art.Sentences[id].Text) {
			if !slices.Contains(plain, m.Noun) {
				continue
			}
			if m.Qualifier == "" {
				return false
			}
			qualified = append(qualified, m.Noun)
		}
	}
	for _, n := range plain {
		if slices.Contains(qualified, n) {
			return true
		}
	}
	return false
}
