package answer

import (
	"slices"
	"strings"

	"articlebot/retrieval"
)

// "How much grain can the mill grind?" is answered by "the mill can
// grind 400 tonnes a day", and "How much land has the fire burned?"
// by "the fire had burned about 6,200 hectares": the measure is the object
// of the question's own verb, in a unit that stands for the stuff, which
// the sentence need not name again.

// figureLeads may stand between a verb and its measured object: "exports
// about 60,000", "burned more than 6,000", and a phrasal verb's particle,
// "set aside twelve gigalitres", "pumped out 3 million litres".
var figureLeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`about some nearly almost around roughly approximately over under more less fewer than up to at least most just an estimated a further another
		aside out off away back down`) {
		figureLeads[w] = true
	}
}

// figureLeadReach is how many words of figureLeads may stand between
// the verb and its figure: "up to about" (three).
const figureLeadReach = 3

// objectFigure reports whether the sentence gives, right after a form of
// verb, a figure with a word after it (its unit): "refine 180,000
// barrels", "exports about 60,000 bpd". A figure that is a share ("18 per
// cent") or a sum of money (what something costs) is no measure of stuff.
func objectFigure(verb, s string) bool {
	vt := retrieval.Terms(verb)
	if len(vt) != 1 {
		return false
	}
	words := wordRe.FindAllStringIndex(s, -1)
	word := func(j int) string { return strings.ToLower(s[words[j][0]:words[j][1]]) }
	for i := range words {
		if !slices.Contains(retrieval.Terms(word(i)), vt[0]) {
			continue
		}
		j := i + 1
		for j < len(words) && j <= i+figureLeadReach && figureLeads[word(j)] {
			j++
		}
		if j+1 >= len(words) || strings.ContainsAny(s[words[j-1][1]:words[j][0]], ",;:.$£€¥₹") {
			continue
		}
		if !cardinalRe.MatchString(strings.TrimRight(word(j), ".,")) {
			continue
		}
		unit := word(j + 1)
		if _, ok := scaleWords[unit]; (ok || unit == "lakh" || unit == "crore") && j+2 < len(words) {
			unit = word(j + 2) // "60 million litres"
		}
		if unit == "per" || unit == "percent" || strings.HasPrefix(s[words[j][1]:], "%") || moneyRe.MatchString(s[words[j][0]:words[min(j+2, len(words)-1)][1]]) {
			continue
		}
		return true
	}
	return false
}
