// Ratios a passage states by two figures: "30 days instead of ten" is
// three times as long, "up from 40 to 80" twice as much, "N350,000
// against the N120,000" almost three times.

package answer

import (
	"math"
	"regexp"
	"strings"
)

var (
	// pairFigure is a figure a ratio may be taken of: digits, with a
	// scale word ("2.5 million"), or a number word ("six").
	pairFigure = regexp.MustCompile(`(?i)\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|lakh|crore)s?\b)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b`)
	// pairBetween is what joins the new figure to the one it is set
	// against: "30 days instead of ten", "20 minutes, up from every
	// 30", "N350,000 a year, against the N120,000", "7 compared with 4".
	// No other figure and no clause end lies between them.
	pairBetween = regexp.MustCompile(`(?i)^[^\d.;:!?]{0,60}\b(?:instead\s+of|rather\s+than|up\s+from|down\s+from|against|compared\s+(?:with|to)|versus|vs)\b[^\d.;:!?]{0,40}$`)
	// pairFrom is a change from one figure to another: "from 40 cents to
	// 80", "from every 30 minutes to every 20".
	pairFrom    = regexp.MustCompile(`(?i)\bfrom\s+(?:\S+\s+)?\W?$`)
	pairFromTo  = regexp.MustCompile(`(?i)^[^\d.;:!?]{0,25}\bto\b[^\d.;:!?]{0,15}$`)
	halfAsRatio = regexp.MustCompile(`(?i)\bhalf\s+as\s+(?:many|much|long|large|big|often|high|fast)\b`)
)

// pairRatioSnap is how far a ratio of two figures may be from a whole
// multiple ("three times" for 2.92) or its inverse ("a third" for 0.34)
// and still be said as one: a ratio is rounded by whoever states it.
const pairRatioSnap = 0.05

// figurePair is two figures a passage sets against each other, in the
// order it gives them.
type figurePair struct{ x, y float64 }

// figurePairs returns the figures a passage sets against each other:
// "24 months instead of eight", "from 40 cents to 80".
func figurePairs(text string) []figurePair {
	text = spelledFigures(joinThousands(text))
	locs := pairFigure.FindAllStringIndex(text, -1)
	var out []figurePair
	for k := 0; k+1 < len(locs); k++ {
		a, b := locs[k], locs[k+1]
		between := text[a[1]:b[0]]
		if !pairBetween.MatchString(between) && !(pairFrom.MatchString(text[:a[0]]) && pairFromTo.MatchString(between)) {
			continue
		}
		x, okX := pairValue(text[a[0]:a[1]])
		y, okY := pairValue(text[b[0]:b[1]])
		if okX && okY && x != 0 && y != 0 && x != y {
			out = append(out, figurePair{x, y})
		}
	}
	return out
}

// pairRatios returns the ratios a passage gives by setting two figures
// against each other, both ways round, and the whole multiple (or part)
// each rounds to.
func pairRatios(text string) []float64 {
	var out []float64
	for _, p := range figurePairs(text) {
		for _, r := range []float64{p.x / p.y, p.y / p.x} {
			out = append(out, round(math.Round(r*1000)/1000))
			if r >= 1 {
				if n := math.Round(r); n >= 2 && math.Abs(r-n) <= pairRatioSnap*r {
					out = append(out, n)
				}
			} else if n := math.Round(1 / r); n >= 2 && math.Abs(1/r-n) <= pairRatioSnap/r {
				out = append(out, round(1/n))
			}
		}
	}
	return out
}

// pairValue reads one figure pairFigure matched.
func pairValue(s string) (float64, bool) {
	f := strings.Fields(strings.ToLower(s))
	v, ok := parseNumber(f[0])
	if ok && len(f) > 1 {
		v *= scaleWords[strings.TrimSuffix(f[1], "s")]
	}
	return v, ok
}

// statesRatio reports whether a claim gives a figure as a ratio ("three
// times as long", "twice the rent", "half as many"), so that a ratio its
// passage gives by two figures may state it.
func statesRatio(c *claimInfo) bool {
	return len(memo(c, "ratios", claimRatios)) > 0 || memo(c, "halfAsRatio", halfAsRatio.MatchString)
}
