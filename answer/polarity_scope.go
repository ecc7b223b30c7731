// Polarity read within its scope: verbs that only carry tense or aspect
// have no opposite, and a negation that covers only itself ("with
// nothing") covers nothing a window could state plainly.

package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// auxiliary reports whether the claim word at fields[k] only carries tense
// or aspect: "has" before a participle ("has widened"), whose opposite
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
// ("loses time" is not the opposite of "keeps losing time").
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
	fields := strings.Fields(c.text)
	for k, f := range fields {
		// An "un-" word that governs nothing after it ("unconfirmed
		// reports") negates only itself, as "nothing" does.
		if !negation.MatchString(f) && !(unNegated(f) && !takesComplement(fields, k)) {
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

// hyphenated matches a compound of words joined by hyphens.
var hyphenated = regexp.MustCompile(`\pL+(?:-\pL+)+`)

// compoundWords returns the words a text uses only inside hyphenated
// compounds, each with the compounds' other words: in "a home-cooked
// meal", "home" is {cooked}. Such a word takes its sense from its
// compound, so its opposite elsewhere is no contradiction ("the away side"
// against "a home-cooked meal"; "a short ceremony" against "the
// long-awaited bridge"), while the same compound with the opposite
// ("short-term" against "long-term") still is (see sameCompound). Nil for
// a text without hyphens.
func compoundWords(text string) map[string][]string {
	if !strings.Contains(text, "-") {
		return nil
	}
	var out map[string][]string
	for _, m := range hyphenated.FindAllString(text, -1) {
		parts := lowerWords(m)
		for k, p := range parts {
			if out == nil {
				out = map[string][]string{}
			}
			for j, q := range parts {
				if j != k && !containsStr(out[p], q) {
					out[p] = append(out[p], q)
				}
			}
		}
	}
	if out == nil {
		return nil
	}
	rest := hyphenated.ReplaceAllString(text, " ")
	for _, w := range lowerWords(rest) {
		delete(out, w) // the word stands on its own too
	}
	return out
}

// sameCompound reports whether a window word and a claim word stand in the
// same frame: neither inside a compound, or both in compounds that share a
// word.
func sameCompound(window, claim []string) bool {
	if len(window) == 0 && len(claim) == 0 {
		return true
	}
	for _, w := range window {
		if containsStr(claim, w) {
			return true
		}
	}
	return false
}

// agedFigure is "aged" before a figure ("aged 18 to 45", "aged seventy"):
// an age, which says nothing of old or young.
var agedFigure = regexp.MustCompile(`(?i)\baged\s+(?:\d|(?:` + writtenNumbers + `)\b)`)

// statesAge reports whether the sentence uses v only as "aged" before a
// figure.
func statesAge(s sentenceEvidence, v string) bool { return v == "aged" && s.aged }

// weakBesides reports whether another word of a clause of the window that
// holds v states claim term i in a word of its sense (c.weak): "the record
// is deleted" says "erased". WordNet's senses are loose ("level" is near
// "lowest"), so only v's own clause counts.
func (c *claimInfo) weakBesides(ix *evidenceIndex, window []int, i int, v string) bool {
	own := retrieval.Terms(v)
	for _, id := range window {
		for _, cl := range ix.sents[id].clauses {
			if len(own) == 0 || !containsStr(cl, own[0]) {
				continue
			}
			for _, t := range cl {
				if c.weak[t]&(1<<i) != 0 && !containsStr(own, t) {
					return true
				}
			}
		}
	}
	return false
}
