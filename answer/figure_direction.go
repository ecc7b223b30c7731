// Which way a figure went: "fell 41 cents" and "up 41 cents" state the
// same figure going opposite ways, so the figure check alone passes a
// claim that turns the change round.

package answer

import (
	"regexp"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// figureDir is a figure and the way it went: +1 up, -1 down.
type figureDir struct {
	v   float64
	dir int
}

// upTerms and downTerms are the terms of the first direction scale's poles
// (lexicon.DirectionScales: how much), every form: "rose", "cut".
var upTerms, downTerms = map[string]bool{}, map[string]bool{}

func init() {
	for _, t := range poleTerms(lexicon.DirectionScales[0][0]) {
		upTerms[t] = true
	}
	for _, t := range poleTerms(lexicon.DirectionScales[0][1]) {
		downTerms[t] = true
	}
}

// dirFillers may stand between a verb of change and its figure: "fell by
// about 5 percent", "a rise of nearly 3 points", "dropped to 40".
var dirFillers = map[string]bool{
	"by": true, "to": true, "of": true, "about": true, "nearly": true, "almost": true, "around": true,
	"some": true, "roughly": true, "approximately": true, "just": true, "over": true, "under": true,
	"more": true, "less": true, "than": true, "a": true, "an": true, "further": true, "another": true,
	"only": true, "slightly": true, "sharply": true, "steeply": true, "much": true, "as": true,
}

// dirUnits may stand between a figure and the adverb that says which way
// it went: "3.7 per cent higher", "9% down", "7 basis points lower".
var dirUnits = map[string]bool{
	"%": true, "per": true, "cent": true, "percent": true, "percentage": true, "point": true,
	"points": true, "basis": true, "cents": true, "pence": true, "p": true, "pc": true,
}

// dirClause splits a text where a figure's direction stops reaching: at
// punctuation ("down 12 cents, or 0.3%, at $40.25": the 40.25 went nowhere).
var dirClause = regexp.MustCompile(`[,;:()"“”‘’!?]|\.\s|\s[-–—]\s`)

// adverbDir is the way an adverb of lexicon.FigureAdverbs says a figure
// went, or 0.
func adverbDir(w string) int {
	for k, pole := range lexicon.FigureAdverbs {
		for _, a := range pole {
			if a == w {
				return 1 - 2*k
			}
		}
	}
	return 0
}

// figureDirs returns the figures of a text that a verb of change or an
// adverb says went up or down: "rose 4 points" {4, +1}, "closed 6.4 per
// cent higher" {6.4, +1}, "down 11%" {11, -1}. "Up to 30" is a ceiling,
// and "from 40" the point a change started at: neither goes anywhere.
func figureDirs(text string) []figureDir {
	var out []figureDir
	for _, clause := range dirClause.Split(spelledFigures(text), -1) {
		w := numberTokens(clause)
		for i, tok := range w {
			v, ok := parseNumber(tok)
			if !ok {
				continue
			}
			dir := 0
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if dirFillers[w[k]] {
					continue
				}
				if w[k] == "up" && w[k+1] == "to" {
					break
				}
				if dir = adverbDir(w[k]); dir == 0 {
					if ts := retrieval.Terms(w[k]); len(ts) == 1 {
						switch {
						case upTerms[ts[0]]:
							dir = 1
						case downTerms[ts[0]]:
							dir = -1
						}
					}
				}
				break
			}
			if dir == 0 {
				k := i + 1
				for k < len(w) && k <= i+3 && dirUnits[w[k]] {
					k++
				}
				if k < len(w) {
					dir = adverbDir(w[k])
				}
			}
			if dir != 0 {
				out = append(out, figureDir{v, dir})
			}
		}
	}
	return out
}

// figureTurned reports whether the window states a figure of the claim
// only as going the other way: "fell 41 cents" against "were up 41 cents",
// "rose four basis points" against "fell four basis points". A figure the
// window gives no direction, or gives both ways, is left to the other
// checks.
func (e *Engine) figureTurned(c *claimInfo, window []int) bool {
	claim := memo(c, "figureDirs", figureDirs)
	if len(claim) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	for _, f := range claim {
		same, opposite := false, false
		for _, id := range window {
			for _, g := range ix.sents[id].figureDirs {
				if closeFigure(f.v, g.v) {
					same = same || g.dir == f.dir
					opposite = opposite || g.dir == -f.dir
				}
			}
		}
		if opposite && !same {
			return true
		}
	}
	return false
}
