package answer

import (
	"regexp"

	"articlebot/retrieval"
)

// additionRe is a phrase that makes what follows the base a sum is added
// to or measured from: "a $5 premium per crate, paid on top of the
// agreed wholesale rate", "$90 a tonne above the world price".
var additionRe = regexp.MustCompile(`(?i)\b(on top of|in addition to|over and above|above|besides|beyond)\s+(the|a|an|its|their|his|her|this|that)?\s*$`)

// additionWords is how far before the asked money word an addition phrase
// may stand: "on top of the agreed wholesale rate" puts two modifiers
// between them.
const additionWords = 4

// addedTo reports whether a money question's money words ("price",
// "fee") stand in the sentence only as the base of an addition: the sum
// the sentence gives is then something on top of the asked amount, not
// the amount. "What is the wholesale price of a crate?" — "a $5 premium
// per crate, paid on top of the wholesale price" does not say what that
// price is.
func (f focus) addedTo(s string) bool {
	if len(f.moneyHeads) == 0 {
		return false
	}
	words := wordRe.FindAllStringIndex(s, -1)
	seen := false
	for i, w := range words {
		ts := retrieval.Terms(s[w[0]:w[1]])
		if len(ts) == 0 || !f.stands(ts[0], f.moneyHeads) {
			continue
		}
		seen = true
		added := false
		for j := i; j >= 0 && j >= i-additionWords; j-- {
			if additionRe.MatchString(s[:words[j][0]]) {
				added = true
				break
			}
		}
		if !added {
			return false
		}
	}
	return seen
}
