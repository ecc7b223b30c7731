package answer

import (
	"sort"

	"articlebot/retrieval"
)

// negatedIn reports whether sentence s negates word v.
func negatedIn(s sentenceEvidence, v string) bool {
	ts := retrieval.Terms(v)
	return len(ts) == 1 && containsStr(s.negTerms, ts[0])
}

// alignSoft fills best and weights for windowSoft. One article word stands
// for one claim word, and only if no claim word matches it outright:
// "first in line" must not earn "line" a soft match on "first".
func (c *claimInfo) alignSoft(ix *evidenceIndex, window []int, mask uint64, best []float32, weights []float64) {
	type pair struct {
		i   int
		h   string
		sim float32
	}
	var pairs []pair
	for _, id := range window {
		for _, h := range ix.sents[id].terms {
			if c.matches[h] != 0 {
				continue
			}
			for _, hit := range c.soft[h] {
				if mask&(1<<hit.i) == 0 {
					pairs = append(pairs, pair{hit.i, h, hit.sim})
				}
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].sim > pairs[b].sim })
	var used []string
	for _, p := range pairs {
		if best[p.i] > 0 || containsStr(used, p.h) {
			continue
		}
		best[p.i] = p.sim
		used = append(used, p.h)
		weights[p.i] = min(c.weights[p.i], ix.weight(p.h))
	}
}
