// Figures a claim gives as the gap between two of the source's: "a rise
// of 800" for "4,100, up from 3,300", "two years later" for "in 2022 and
// 2024".

package answer

import (
	"math"
	"regexp"
	"strings"
)

// differenceRes find a figure said as a difference, in a claim whose
// spelled numbers are digits (spelledFigures): after a noun of change and
// "of" or after "by" ("a rise of 800", "cut by 5 rupees"), before "more
// than" and its kind ("600 more than"), and a count of time before
// "later", "earlier" or "apart" ("2 years later").
var differenceRes = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:(?:rise|increase|jump|gain|fall|drop|decline|cut|reduction)\s+of|by)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?(?:[$£€₹]\s*|rs\.?\s*)?(\d[\d,]*(?:\.\d+)?|\pL+)\b`),
	regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?|\pL+)\s+(?:\pL+\s+)?(?:more|fewer|less|higher|lower)(?:\s+\pL+)?\s+than\b`),
	regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?|\pL+)\s+(?:years?|months?|weeks?|days?)\s+(?:later|earlier|apart)\b`),
}

// claimDifferences returns the figures a claim gives as differences. A
// year after "by" ("by 2030") is a deadline, not a gap.
func claimDifferences(text string) []float64 {
	text = spelledFigures(text)
	var out []float64
	for _, re := range differenceRes {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			v, ok := parseNumber(strings.ToLower(strings.ReplaceAll(m[1], ",", "")))
			if !ok || v <= 0 || v >= 1000 && v <= 2100 && v == math.Trunc(v) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(m[0])), "by") {
				continue
			}
			out = append(out, round(v))
		}
	}
	return out
}

// claimFigures returns the claim's figures a window must state: without
// its counts of time the window states in another unit (convertedAway)
// and its differences the window's figures give (withoutDifferences).
func claimFigures(c *claimInfo, times []timedFigure, figs []float64) ([]float64, []rounding) {
	claim, rough := convertedAway(c, times)
	return withoutDifferences(c, claim, rough, figs)
}

// withoutDifferences returns the claim's figures (and their roundings)
// less those it gives as differences that two figures of the window
// differ by, within the claim's rounding: those are stated by the pair.
func withoutDifferences(c *claimInfo, claim []float64, rough []rounding, window []float64) ([]float64, []rounding) {
	diffs := memo(c, "differences", claimDifferences)
	if len(diffs) == 0 {
		return claim, rough
	}
	var gaps []float64
	for i, a := range window {
		for _, b := range window[i+1:] {
			if a > 0 && b > 0 && a != b {
				gaps = append(gaps, round(math.Abs(a-b)))
			}
		}
	}
	out, outRough := claim[:0:0], rough[:0:0]
	for k, f := range claim {
		r := exact
		if k < len(rough) {
			r = rough[k]
		}
		if containsFloat(diffs, f) && roughlyMatch([]float64{f}, []rounding{r}, gaps) {
			continue
		}
		out = append(out, f)
		outRough = append(outRough, r)
	}
	return out, outRough
}
