package quotes

import "articlebot/lexicon"

// nounModifier reports whether the noun at k modifies the noun after it
// ("the team bus", "the club shop") rather than naming a body that acts:
// the next word is a lower-case common noun WordNet knows as more often a
// noun than a verb, and no function word ("the club said", "the team
// confirmed", "the firm will" are the body itself).
func nounModifier(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	if !n.isWord() || n.capital() || n.quote != toks[k].quote || n.sent != toks[k].sent {
		return false
	}
	w := n.lower()
	return !lexicon.FunctionWords.Has(w) && !lexicon.SpeechVerbs.Has(w) && lexicon.Noun(w).Noun && !lexicon.MostlyVerb(w)
}
