// Holding an office: "Ana Reyes holds that post" restates "the agency's
// spokesperson, Ana Reyes" when asked who the spokesperson is.

package answer

import (
	"regexp"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// officeHeld finds a claim that says someone holds an office without
// naming it ("holds that post", "has held the position since 2019",
// "fills the role"): the office is the question's, which the gate does not
// see, so the claim's own words of it can be stated by no passage.
var officeHeld = regexp.MustCompile(`(?i)\b(hold|holds|held|holding|occupy|occupies|occupied|occupying|fill|fills|filled|filling)\s+(?:that|this|the|her|his|their|its)\s+(post|position|office|role|job|seat|title|portfolio)\b`)

// officeMatches lets a claim's words of holding an unnamed office
// (officeHeld) be stated, in the sentence that holds it, by a role the
// article gives one of the claim's names within headReach words of it
// ("Opposition whip Ana Reyes", "Ana Reyes, the regent"), at their full
// weight (c.heads, as headMatches does for verbs of leading). A role is
// a role noun of the lexicon or a word of a role the quotes index has
// collected for that person. A sentence that names her without a role
// states no office of hers.
func (e *Engine) officeMatches(c *claimInfo, text string) {
	if len(c.names) == 0 {
		return
	}
	var bits uint64
	for _, m := range officeHeld.FindAllStringSubmatch(text, -1) {
		for _, w := range m[1:] {
			if ts := retrieval.Terms(w); len(ts) == 1 {
				if i := indexOf(c.terms, ts[0]); i >= 0 {
					bits |= 1 << i
				}
			}
		}
	}
	if bits == 0 {
		return
	}
	own, roles := e.nameForms(c)
	e.markNear(c, bits, own, func(w string) bool {
		return !own[w] && (lexicon.IsRole(w) || anyOf(roles, retrieval.Terms(w)))
	})
}

// nameForms returns the words (over two letters, lower case) of the
// claim's names and of their aliases in the quotes index, and the terms of
// the roles the index gives those people.
func (e *Engine) nameForms(c *claimInfo) (own, roles map[string]bool) {
	own, roles = map[string]bool{}, map[string]bool{}
	for _, n := range c.names {
		forms := []string{n}
		if sp, ok := e.quotes.Lookup(n); ok {
			forms = append(forms, sp.Aliases...)
			for _, r := range sp.Roles {
				for _, t := range retrieval.Terms(r) {
					roles[t] = true
				}
			}
		}
		for _, f := range forms {
			for _, w := range lowerWords(f) {
				if len(w) > 2 {
					own[w] = true
				}
			}
		}
	}
	return own, roles
}

// markNear states the claim's words in bits (c.heads) in every sentence
// where a word office accepts stands within headReach words of one of the
// name's words (own).
func (e *Engine) markNear(c *claimInfo, bits uint64, own map[string]bool, office func(w string) bool) {
	for _, s := range e.art.Sentences {
		words := lowerWords(s.Text)
		for k, w := range words {
			if office(w) && holderNear(words, k, own) {
				if c.heads == nil {
					c.heads = map[int]uint64{}
				}
				c.heads[s.ID] |= bits
				break
			}
		}
	}
}

// holderNear reports whether one of a name's words stands within
// headReach words of words[k].
func holderNear(words []string, k int, own map[string]bool) bool {
	for d := max(0, k-headReach); d < min(len(words), k+headReach+1); d++ {
		if own[words[d]] {
			return true
		}
	}
	return false
}
