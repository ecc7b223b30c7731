package answer

import (
	"regexp"
	"strings"

	"articlebot/retrieval"
)

// A price belongs to the thing that costs: the sum must stand beside the
// question's head noun ("a water meter costs $300"), not beside its
// modifier ("$40 million testing the water") nor beside "cost" in a
// sentence about other things; and "cost to build" asks for the price of
// building, not of repairs.

// modifiers returns the question's focus terms that stand right before
// another focus term: "water" in "a water meter" names not what costs but
// which meter, and a sum beside "the water" is not the meter's price.
func (f focus) modifiers(q string) map[string]bool {
	isFocus := map[string]bool{}
	for _, ft := range f.terms {
		isFocus[ft.term] = true
	}
	out := map[string]bool{}
	prev := ""
	for _, w := range strings.Fields(strings.ToLower(q)) {
		ts := retrieval.Terms(strings.Trim(w, "?!.,;:\"“”'’"))
		if len(ts) != 1 || !isFocus[ts[0]] || moneyWords[ts[0]] || tradeWords[ts[0]] {
			prev = "" // "the meter cost", "tilapia selling for": the verb after a noun modifies nothing
			continue
		}
		if prev != "" {
			out[prev] = true
		}
		prev = ts[0]
		if strings.ContainsAny(w, ",;:?") {
			prev = "" // "the meter, the water": a list, not a compound
		}
	}
	return out
}

// sumOfThings reports whether a sum stands beside one of the question's
// money words ("would cost $11 million") in a sentence that names every
// thing the question asks the price of: the sum is then their price
// though further off than besideWords. A sum beside "cost" in a sentence
// about other things ("the rules would cost its members millions … a drop
// of water" for "How much does a water meter cost?") is not.
func sumOfThings(s string, words [][]int, at []int, things []string, f focus) bool {
	beside := false
	named := map[string]bool{}
	for i, w := range words {
		ts := retrieval.Terms(s[w[0]:w[1]])
		if len(ts) == 0 {
			continue
		}
		for _, h := range things {
			if f.stands(ts[0], []string{h}) {
				named[h] = true
			}
		}
		if !f.stands(ts[0], f.moneyHeads) {
			continue
		}
		for _, a := range at {
			if a > i && a-i <= moneyGap {
				beside = true
			}
		}
	}
	return beside && len(named) == len(things)
}

// moneyVerb reports whether a question's verb asks for a sum ("cost",
// "paid", "earn").
func moneyVerb(w string) bool {
	ts := retrieval.Terms(w)
	return len(ts) == 1 && (moneyWords[ts[0]] || tradeWords[ts[0]])
}

// costToRe finds what a price is for in "cost to build", "pay to run",
// and the word after, which may make it a phrasal verb ("cost to put
// together").
var costToRe = regexp.MustCompile(`(?i)\b(?:cost|costs|pay|paid|spend|spent)\s+to\s+(\p{L}+)(?:\s+(\p{L}+))?`)

// whatDidQ opens a question about what someone did or said.
var whatDidQ = regexp.MustCompile(`(?i)^\s*what\s+(did|does|do|has|have|had|will|would)\b`)

// asksSaying reports whether a question asks what was said ("What did the
// official say about the repair budget?"): its money words are its topic,
// not a sum it asks for.
func asksSaying(q string) bool {
	return whatDidQ.MatchString(q) && speechQuestion.MatchString(questionVerb(q))
}

// changeNouns name a change of an amount; a money question asking for one
// ("What pay rise …?", "Which price increase …?") is answered by a
// percentage too.
var changeNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`rise rises raise raises increase increases hike hikes cut cuts reduction reductions boost rebate discount`) {
		changeNouns[w] = true
	}
}

// hasSum reports whether a sentence holds what a money question asks for:
// a sum, or for a change of pay or price, a percentage.
func (f focus) hasSum(s string) bool {
	return hasMoney(s) || f.shareToo && percentRe.MatchString(s)
}

// percentRe is a percentage: "3.5 per cent", "14 percent", "8%".
var percentRe = regexp.MustCompile(`(?i)\d[\d.,]*\s?(%|per\s?cent\b|percent\b)`)
