package answer

import (
	"strings"

	"articlebot/lexicon"
)

// A decision to do a thing is not the thing done: "When did the board
// build the gates?" is not answered by "The board voted on Monday to
// build the gates", nor "How many vans did the firm buy?" by "the firm
// agreed to buy 40 vans". When the question asks what happened and its
// verb stands in the sentence only after "to" (a plan, a vote, a
// promise, a request), the sentence dates or counts the decision.

// onlyInfinitive reports whether a past question's verb is in the
// sentence, and only as an infinitive.
func onlyInfinitive(q, s string) bool {
	if !pastQ.MatchString(q) {
		return false
	}
	verb := questionVerb(q)
	if verb == "" {
		return false
	}
	ws := strings.Fields(strings.ToLower(s))
	found := false
	for i, w := range ws {
		if !sameVerb(trimWord(w), verb) {
			continue
		}
		to := i - 1
		if i > 1 && ws[i-1] == "be" {
			to = i - 2
		}
		if to < 1 || ws[to] != "to" {
			return false
		}
		for k := to - 1; k >= 0 && k >= to-maxDecisionGap; k-- {
			// "voted 5-4 on Friday morning to close": the decision's
			// margin and time stand between the verb and "to".
			if decisionVerb(trimWord(ws[k])) {
				found = true
				break
			}
			if strings.ContainsAny(ws[k], ",;:") {
				break
			}
		}
	}
	return found
}

// maxDecisionGap is how many words may stand between a decision verb and
// the "to" of what it decides.
const maxDecisionGap = 5

// decisionVerb reports whether w, in any inflection, is a verb that makes
// what follows "to" a decision, a promise or a request.
func decisionVerb(w string) bool {
	for _, b := range append([]string{w}, lexicon.BaseForms(w)...) {
		if lexicon.UndoneVerbs.Has(b) || lexicon.DecisionVerbs.Has(b) {
			return true
		}
	}
	return false
}
