package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// A date belongs to the instance the question names: "When will the Arlow
// plant open?" is not answered by the month the company's plant in another
// town opened, nor "When will the pool in Brenna reopen?" by the date of
// the pool the story is about. Only a name that qualifies a common noun
// counts: the name a verb takes ("When did the army enter Tarvik?") or a
// title the question asks about is the event's own, and the sentence that
// dates it may call it otherwise.

// qualifierPrepositions join a common noun to the name that says which
// one: "the plant in Arlow", "the results from Lake Orm".
var qualifierPrepositions = map[string]bool{"in": true, "at": true, "from": true, "of": true, "near": true}

// qualifiesNoun reports whether the capitalised word at fields[i] of a
// question is part of a name that qualifies a common noun: one standing
// straight before the noun ("the Arlow plant"), or after the noun and one
// of qualifierPrepositions ("the pool in Brenna"). The question's verb is
// no noun ("When will the Senate vote?").
func qualifiesNoun(fields []string, i int, verb string) bool {
	word := func(k int) string {
		if k < 0 || k >= len(fields) {
			return ""
		}
		return strings.Trim(fields[k], "?!.,;:\"“”()")
	}
	upper := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return w != "" && unicode.IsUpper(r)
	}
	noun := func(w string) bool {
		if w == "" || upper(w) || lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) {
			return false
		}
		vt, wt := retrieval.Terms(verb), retrieval.Terms(w)
		if len(vt) == 1 && len(wt) == 1 && vt[0] == wt[0] {
			return false
		}
		return lexicon.Noun(w).Noun || !lexicon.MostlyVerb(w) // "skatepark": not in WordNet
	}
	start, end := i, i
	for start > 0 && upper(word(start-1)) && start-1 > 0 {
		start--
	}
	for upper(word(end + 1)) {
		end++
	}
	if noun(word(end + 1)) {
		return true // "the Arlow plant"
	}
	before := start - 1
	if strings.EqualFold(word(before), "the") {
		before--
	}
	return qualifierPrepositions[strings.ToLower(word(before))] && noun(word(before-1))
}
