package answer

import "strings"

// The first and the last of a series are different things: "What time
// does the first bus leave?" is not answered by "the last bus leaves at
// 11.40pm".

// orderEnds are the words for the two ends of a series, with their
// opposites.
var orderEnds = map[string]string{"first": "last", "last": "first", "earliest": "latest", "latest": "earliest"}

// orderClash reports whether the question asks about one end of a series
// and the sentence speaks only of the other.
func orderClash(q, s string) bool {
	asked := map[string]bool{}
	ws := strings.Fields(strings.ToLower(q))
	for i, w := range ws {
		// "the first ferry", not "When did they last win?" (an adverb:
		// most recently).
		if _, ok := orderEnds[trimWord(w)]; ok && i > 0 && (determiners[ws[i-1]] || possessives[ws[i-1]]) {
			asked[trimWord(w)] = true
		}
	}
	if len(asked) != 1 {
		return false
	}
	have := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		have[trimWord(w)] = true
	}
	for w := range asked {
		return !have[w] && have[orderEnds[w]]
	}
	return false
}
