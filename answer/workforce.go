package answer

import (
	"slices"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// workforceTerms are the terms of lexicon.Workforce; peopleTerms those of
// the light nouns that count anyone ("people").
var workforceTerms, peopleTerms = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range lexicon.Workforce.Words() {
		for _, t := range retrieval.Terms(w) {
			workforceTerms[t] = true
		}
	}
	for w := range personLight {
		for _, t := range retrieval.Terms(w) {
			peopleTerms[t] = true
		}
	}
}

// workforceCount reports whether term t, counted in a sentence, stands for
// what a question counts when that is an employer's people or posts: "How
// many workers were laid off?" — "the mill let 40 staff go"; "How many
// jobs rely on the port?" — "it employs 900 people". A count of another
// kind of person ("40 nurses") does not stand for workers.
func workforceCount(t string, counted []string) bool {
	if !slices.ContainsFunc(counted, func(c string) bool { return workforceTerms[c] }) {
		return false
	}
	return workforceTerms[t] || peopleTerms[t]
}
