// How many times over: "ten times faster" is a ratio, and a passage that
// has a 10 elsewhere ("the first ten years") and gives the ratio as
// another ("three times faster") does not state it.

package answer

import (
	"regexp"
	"slices"
	"strings"
)

var (
	// timesRatio is a figure said as a ratio: "ten times faster", "2
	// times as many", "four times the size", "a 3-fold rise".
	timesRatio = regexp.MustCompile(`(?i)\b([\w.,]+)[\s-]+times\b(?:\s+([\p{L}]+))?|\b([\w.,]+)-?fold\b`)
	// ratioVerbs say a ratio in one word.
	ratioVerbs = map[string]float64{"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4}
)

// notComparative are words ending in "-er" that follow "N times" without
// making it a ratio ("three times after the vote", "four times over").
var notComparative = map[string]bool{
	"after": true, "over": true, "under": true, "other": true, "never": true, "either": true,
	"whether": true, "rather": true, "ever": true, "later": true, "earlier": true, "per": true,
}

// ratios returns the ratios a text states: "ten times faster" 10,
// "twice as many" 2, "a threefold rise" 3; a passage's "doubled" 2 and
// its "N times" before any word.
func ratios(text string, passage bool) []float64 {
	var out []float64
	for _, m := range timesRatio.FindAllStringSubmatch(spelledFigures(text), -1) {
		word := strings.ToLower(m[1] + m[3])
		v, ok := parseNumber(word)
		if !ok {
			continue
		}
		// A passage's "N times" is read as a ratio whatever follows it
		// ("five times what islanders spend today"): only a claim's must show it.
		if m[1] != "" && !passage {
			next := strings.ToLower(m[2])
			ratio := next == "as" || next == "more" || next == "less" || next == "fewer" || next == "the" || next == "what" ||
				len(next) > 4 && strings.HasSuffix(next, "er") && !notComparative[next]
			if !ratio {
				continue
			}
		}
		out = append(out, v)
	}
	if passage {
		for _, w := range lowerWords(text) {
			for stem, v := range ratioVerbs {
				if strings.HasPrefix(w, stem) {
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// ratioMissing reports whether the claim gives a ratio ("ten times
// faster") that the window does not give as one: a window whose only
// 10 counts something else ("the first ten years") does not state it.
func (e *Engine) ratioMissing(c *claimInfo, window []int) bool {
	claim := memo(c, "ratios", claimRatios)
	if len(claim) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	var have []float64
	for _, id := range window {
		have = append(have, ix.reads[id].ratios...)
		have = append(have, ix.sents[id].pairRatios...)
	}
	for _, v := range claim {
		// A ratio qualified as the claim's figure is ("nearly twice as
		// fast" for 1.8 times) may be as far from the passage's.
		r := exact
		if k := slices.Index(c.figures, v); k >= 0 && k < len(c.rough) {
			r = c.rough[k]
		}
		if !roughlyMatch([]float64{v}, []rounding{r}, have) {
			return true
		}
	}
	return false
}
