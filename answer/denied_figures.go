package answer

import "regexp"

// deniedFigureRe is a figure a text states only to deny it: "£12.50 a
// day, not £150", "rather than 40", "instead of $3 million". "Not more
// than 40" is a bound, not a denial, and is left alone.
var deniedFigureRe = regexp.MustCompile(`(?i)\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?([$£€¥₹]?\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|per\s*cent|percent|million|billion|m|bn)\b)?)`)

// deniedFigures returns the figures a text denies.
func deniedFigures(text string) []float64 {
	var out []float64
	for _, m := range deniedFigureRe.FindAllStringSubmatch(text, -1) {
		out = append(out, figures(m[1])...)
	}
	return out
}

// figureDenied reports whether a claim states a figure its window gives
// only as one it denies ("not £150"), and the claim does not deny it too.
func (e *Engine) figureDenied(c *claimInfo, window []int, figs []float64) bool {
	ix := e.evidence.get(e.art, e.quotes)
	var denied []float64
	for _, id := range window {
		denied = append(denied, ix.sents[id].denied...)
	}
	if len(denied) == 0 {
		return false
	}
	own := memo(c, "denied", deniedFigures)
	for _, f := range c.figures {
		if containsFloat(own, f) {
			continue
		}
		if n := countFloat(denied, f); n > 0 && countFloat(figs, f) <= n {
			return true
		}
	}
	return false
}

func countFloat(xs []float64, v float64) int {
	n := 0
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return n
}

func containsFloat(xs []float64, v float64) bool { return countFloat(xs, v) > 0 }
