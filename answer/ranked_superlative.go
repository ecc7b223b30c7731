// A superlative a passage ranks: "the fifth-coldest in the series" is not "the
// coldest ever", and "the second-largest" not "the largest".

package answer

import (
	"regexp"
	"strings"
)

// superlative is a superlative word and the ordinal before it, if any:
// "4th-lowest", "second largest", "lowest".
var superlative = regexp.MustCompile(`(?i)(?:\b(\d+(?:st|nd|rd|th)|second)[\s-]+)?\b(\p{L}+est|best|worst)\b`)

// superlatives returns the superlative words of a text that an ordinal
// ranks ("lowest" in "the fourth-lowest") and those it does not.
func superlatives(text string) (ranked, bare map[string]bool) {
	ranked, bare = map[string]bool{}, map[string]bool{}
	for _, m := range superlative.FindAllStringSubmatch(spelledFigures(text), -1) {
		w := strings.ToLower(m[2])
		if m[1] != "" {
			ranked[w] = true
		} else {
			bare[w] = true
		}
	}
	return ranked, bare
}

// rankDropped reports whether the claim gives a superlative bare that the
// window gives only ranked below the top: "nights were the coldest ever
// measured" against "the fifth-coldest in the series".
func (e *Engine) rankDropped(c *claimInfo, window []int) bool {
	claim := memo(c, "superlatives", bareSuperlatives)
	if len(claim) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	ranked, bare := map[string]bool{}, map[string]bool{}
	for _, id := range window {
		r, b := ix.reads[id].ranked, ix.reads[id].bare
		for w := range r {
			ranked[w] = true
		}
		for w := range b {
			bare[w] = true
		}
	}
	for w := range claim {
		if ranked[w] && !bare[w] {
			return true
		}
	}
	return false
}
