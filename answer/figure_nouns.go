package answer

import (
	"math"

	"articlebot/retrieval"
)

// figureNoun is a figure and the term right after it that it counts:
// "five years" is {5, "year"}; a scale word in between is skipped ("2.5
// million people" counts "peopl").
type figureNoun struct {
	v    float64
	noun string
}

// figureNouns returns the figures of a text with the terms they count.
func figureNouns(text string) []figureNoun {
	seq := retrieval.Terms(spelledFigures(text))
	var out []figureNoun
	for k := 0; k+1 < len(seq); k++ {
		v, ok := parseNumber(seq[k])
		if !ok {
			continue
		}
		n := k + 1
		if _, scale := scaleWords[seq[n]]; scale && n+1 < len(seq) {
			n++
		}
		if !figureTerm(seq[n]) {
			out = append(out, figureNoun{v, seq[n]})
		}
	}
	return out
}

// countsSwapped reports whether the window swaps two of the claim's
// figures between the things they count: "five of the bridges in both
// of the last two winters" against "two of the bridges in both of the last
// five winters". Each figure alone is in the window, so the figure check passes.
func (e *Engine) countsSwapped(c *claimInfo, window []int) bool {
	if len(c.figures) < 2 {
		return false
	}
	claim := memo(c, "figureNouns", figureNouns)
	if len(claim) < 2 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	// counted reports whether the window counts the claim's noun i
	// with a figure close to v.
	counted := func(i int, v float64) bool {
		for _, id := range window {
			for _, g := range ix.sents[id].figureNouns {
				if c.matches[g.noun]&(1<<i) != 0 && closeFigure(v, g.v) {
					return true
				}
			}
		}
		return false
	}
	for a, f := range claim {
		i := indexOf(c.terms, f.noun)
		if i < 0 || counted(i, f.v) {
			continue
		}
		for _, g := range claim[a+1:] {
			k := indexOf(c.terms, g.noun)
			if k < 0 || k == i || closeFigure(f.v, g.v) || counted(k, g.v) {
				continue
			}
			if counted(i, g.v) && counted(k, f.v) {
				return true
			}
		}
	}
	return false
}

// closeFigure reports whether two figures are one, as a rounded one may
// be (within roughShare).
func closeFigure(a, b float64) bool {
	return a == b || a > 0 && b > 0 && math.Abs(a-b) <= roughShare*math.Max(a, b)
}
