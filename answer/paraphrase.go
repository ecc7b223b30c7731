package answer

import (
	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// paraphrasesIn returns the search terms of the article's words that state
// what the question's word does with the particle after it in the
// question: "Who set up the trust?" of an article where it "was founded"
// by someone, "How much did the bank pay back?" where it "refunded" a sum,
// "How much did the firm owe?" where it went under "with debts of" a sum
// (lexicon.Paraphrases). A particle changes what the verb means, so the
// verb's own words ("set") are not enough, and WordNet's synonyms of the
// verb alone are another sense.
func (v *vocabulary) paraphrasesIn(q, word string) []string {
	if word == "" {
		return nil
	}
	ws := fuzzy.Words(q)
	var out []string
	for i, w := range ws {
		if w != word {
			continue
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		for _, p := range lexicon.Paraphrases(w, next) {
			if rt := retrieval.Terms(p); len(rt) == 1 && v.hasStem(rt[0]) && !containsStr(out, rt[0]) {
				out = append(out, rt[0])
			}
		}
	}
	return out
}
