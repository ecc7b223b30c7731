package answer

import (
	"slices"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// What a question asks the value of: "What was the jobless rate in May?"
// asks for the jobless rate, "What will the fine be?" for the fine. When
// the article never uses a word of that noun phrase in any form or
// synonym, it does not state the value, however well a sentence matches
// the rest ("the inflation rate in May" is another rate).

// valuePhrase returns the noun phrase a "What is/was/will be the N …?"
// question asks the value of, or nil.
func valuePhrase(q string) []string {
	ws := questionTokens(q)
	if len(ws) < 4 || ws[0] != "what" {
		return nil
	}
	var rest []string
	switch ws[1] {
	case "is", "was", "are", "were":
		rest = ws[2:]
	case "will", "would":
		// "What will the fine be?": the copula ends the question.
		if ws[len(ws)-1] != "be" && !slices.Contains(ws, "be") {
			return nil
		}
		rest = ws[2:]
	default:
		return nil // "What did the engineer say?" asks for no value
	}
	if len(rest) == 0 || !determiners[rest[0]] {
		return nil // "What did the report find?" asks for no value
	}
	var np []string
	for _, w := range rest[1:] {
		if questionAux[w] || w == "be" || lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) {
			break
		}
		if pastForm(w) {
			return nil // "What is the new stadium called?" asks for a name
		}
		np = append(np, w)
	}
	return np
}

// unseenValue reports whether a word of the phrase a question asks the
// value of is one the article never uses in any form.
func (f focus) unseenValue(q string) bool {
	np := valuePhrase(q)
	for _, ft := range f.terms {
		if !ft.unseen {
			continue
		}
		// A word for the kind of answer ("the margin of the vote", "the
		// result") is the question's own, not the article's.
		if slices.ContainsFunc(np, func(w string) bool { return !typeNouns[w] && slices.Contains(retrieval.Terms(w), ft.term) }) {
			return true
		}
	}
	return false
}

// verbUnseen reports whether the question's verb is a focus term the
// article never uses in any form, synonym or close spelling: then nothing
// the article holds is what that event did or counted.
func (f focus) verbUnseen(q string) bool {
	ts := retrieval.Terms(questionVerb(q))
	if len(ts) != 1 {
		return false
	}
	for _, ft := range f.terms {
		if ft.term == ts[0] {
			return ft.unseen
		}
	}
	return false
}

// countsAnyone reports whether a counting question counts a noun that
// stands for anyone ("How many people …?", "How many times …?").
func countsAnyone(q string) bool {
	loc := howManyRe.FindStringIndex(whPhrase(q))
	if loc == nil {
		return false
	}
	rest := retrieval.Terms(whPhrase(q)[loc[1]:])
	return len(rest) > 0 && lightNouns[rest[0]]
}

// unseen counts the focus terms the article never uses.
func (f focus) unseen() int {
	n := 0
	for _, ft := range f.terms {
		if ft.unseen {
			n++
		}
	}
	return n
}
