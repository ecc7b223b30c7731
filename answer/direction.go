// Words of opposite poles of one scale (lexicon.DirectionScales) read as
// antonyms, in every form. The window's opposite that the window itself
// negates ("would not accept") states a claim's word ("would refuse")
// rather than contradicting it: the antonym checks skip it (support.go,
// softmatch.go for a negative claim, swapped_opposite.go).

package answer

import (
	"articlebot/lexicon"
	"articlebot/retrieval"
)

func init() {
	for _, sc := range lexicon.DirectionScales {
		up, down := poleTerms(sc[0]), poleTerms(sc[1])
		for _, a := range up {
			for _, b := range down {
				if a == b {
					continue
				}
				if !containsStr(antonyms[a], b) {
					antonyms[a] = append(antonyms[a], b)
				}
				if !containsStr(antonyms[b], a) {
					antonyms[b] = append(antonyms[b], a)
				}
			}
		}
	}
}

// poleTerms returns the terms of a pole's words and of their irregular
// forms ("rose", "risen" for "rise").
func poleTerms(words []string) []string {
	var out []string
	for _, w := range words {
		for _, f := range append([]string{w}, lexicon.Forms(w)...) {
			if ts := retrieval.Terms(f); len(ts) == 1 && !containsStr(out, ts[0]) {
				out = append(out, ts[0])
			}
		}
	}
	return out
}

// stopOpposites maps a word of a pole, in every form, to the stop words of
// the other pole ("below" for "beat"): they have no term, so only the
// claim's word list can hold them against it (softMatches).
var stopOpposites = map[string][]string{}

func init() {
	for _, sc := range lexicon.DirectionScales {
		for k := range sc {
			var stops []string
			for _, w := range sc[1-k] {
				if len(retrieval.Terms(w)) == 0 {
					stops = append(stops, w)
				}
			}
			if len(stops) == 0 {
				continue
			}
			for _, w := range sc[k] {
				for _, f := range append([]string{w}, lexicon.Forms(w)...) {
					stopOpposites[f] = append(stopOpposites[f], stops...)
				}
			}
		}
	}
}
