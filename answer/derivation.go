// Derivational relations: a claim that says "the approval" of a passage's
// "approved", or "decided" of its "decision".

package answer

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// derivedMatches lets a claim word stand for the article's words of the
// same root in another part of speech, by WordNet's derivation pointers
// (lexicon.Derived: "decision" for "decide", "approval" for "approve"),
// on the same terms as wordnetMatches: at wordnetCredit, and only in the
// claim's nearest paragraph for a word the article also has in some
// form. A nominalised predicate keeps its meaning; the stemmer joins
// "approved" and "approves" but not "approval".
func (e *Engine) derivedMatches(c *claimInfo, text string) {
	ix := e.evidence.get(e.art, e.quotes)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		t, i := c.termOf(w)
		if i < 0 {
			continue
		}
		into := c.weak
		if c.hasMatch(i, ix) {
			into = c.weakNear
		}
		for _, d := range lexicon.Derived(w) {
			if lexicon.CommonWords.Has(d) {
				continue
			}
			if ds := retrieval.Terms(d); len(ds) == 1 && ds[0] != t {
				into[ds[0]] |= 1 << i
			}
		}
	}
}

// termOf returns the one term word w stands for and its index in the
// claim's terms, or -1 when w is not one term or not one of the claim's.
func (c *claimInfo) termOf(w string) (string, int) {
	ts := retrieval.Terms(w)
	if len(ts) != 1 {
		return "", -1
	}
	return ts[0], indexOf(c.terms, ts[0])
}
