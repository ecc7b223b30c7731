// The embedder's rescue of a borderline claim must rest on what the claim
// says of the people it names, not on the names.

package answer

import (
	"strings"

	"articlebot/retrieval"
)

// namedRescueShare is the share of a claim's weight its names carry from
// which the embedder's rescue also compares the claim and its passage
// without the names, against the embedder's own threshold for that
// (retrieval.Index.NamedSupportSimilarity). A claim and a passage that name
// the same people look alike to an embedder whatever they say of them.
// Calibrated on the fifteen eval groups (round 15) with the local embedder,
// on the claims the rescue accepted (9 invented, 21 correct own-words):
// names carried 0.37-0.41 of three invented claims and at most 0.33 of
// every correct one but one (0.42). At a share of 0.30 two more invented
// claims met the check and two correct ones were lost.
const namedRescueShare = 0.35

// nameShare is the share of the claim's weight its names carry.
func (c *claimInfo) nameShare() float64 {
	if c.total == 0 {
		return 0
	}
	var names uint64
	for _, m := range c.nameMasks {
		names |= m
	}
	w := 0.0
	for i := range c.terms {
		if names&(1<<i) != 0 {
			w += c.weights[i]
		}
	}
	return w / c.total
}

// similarBeyondNames reports whether the claim and its passage, both
// without the words of the claim's names, are still alike by the
// embedder's threshold for that; an embedder with none rescues no claim
// its names carry.
func (g *gateRun) similarBeyondNames(c *claimInfo, window string) bool {
	min := g.e.index.NamedSupportSimilarity()
	if min <= 0 {
		return false
	}
	sim, err := g.e.index.Similarity(g.ctx, withoutNames(c, c.text), withoutNames(c, window))
	if err != nil {
		g.e.log.Debug("similarity unavailable; the words decide", "err", err)
		return false
	}
	return sim >= min
}

// withoutNames is a text without the words of the names the claim gives.
func withoutNames(c *claimInfo, text string) string {
	var names uint64
	for _, m := range c.nameMasks {
		names |= m
	}
	var out []string
	for _, f := range strings.Fields(text) {
		named := false
		for _, w := range lowerWords(f) {
			for _, t := range retrieval.Terms(w) {
				if i := indexOf(c.terms, t); i >= 0 && names&(1<<i) != 0 {
					named = true
				}
			}
		}
		if !named {
			out = append(out, f)
		}
	}
	return strings.Join(out, " ")
}
