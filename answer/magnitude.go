// A rough figure is still a figure: "hundreds of millions" is not "tens
// of millions", nor "hundreds of boats" "dozens of boats". The figure
// check reads numbers, and the plural words of an order of magnitude
// are no number it compares, so a claim that changed the order passed.

package answer

import (
	"regexp"
	"strings"
)

// magnitudeRe is a plural order of magnitude, with the order it
// multiplies ("tens of thousands").
var magnitudeRe = regexp.MustCompile(`(?i)\b(tens|dozens|scores|hundreds|thousands|millions|billions)(?:\s+of\s+(thousands|millions|billions)\b)?`)

// magnitudeSpans are the figures each plural order stands for, from the
// least to below the most: "hundreds" are at least 100 and fewer than a
// thousand, "dozens" two dozen or more and fewer than a hundred (where
// "hundreds" begin).
var magnitudeSpans = map[string][2]float64{
	"tens": {10, 100}, "dozens": {24, 100}, "scores": {40, 200}, "hundreds": {100, 1e3},
	"thousands": {1e3, 1e6}, "millions": {1e6, 1e9}, "billions": {1e9, 1e12},
}

// magnitudeOf are the factors of the order a plural order counts in.
var magnitudeOf = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9}

// magnitudes returns the spans of the rough figures a text gives.
func magnitudes(text string) [][2]float64 {
	var out [][2]float64
	for _, m := range magnitudeRe.FindAllStringSubmatch(text, -1) {
		s := magnitudeSpans[strings.ToLower(m[1])]
		if f, ok := magnitudeOf[strings.ToLower(m[2])]; ok {
			s = [2]float64{s[0] * f, s[1] * f}
		}
		out = append(out, s)
	}
	return out
}

// magnitudeChanged reports whether the window gives rough figures of its
// own and none of them, nor any figure it states, falls within a rough
// figure of the claim: "tens of millions" against the claim's "hundreds
// of millions". A window without a rough figure leaves the claim to the
// figure check.
func (e *Engine) magnitudeChanged(c *claimInfo, window []int) bool {
	claim := memo(c, "magnitudes", magnitudes)
	if len(claim) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	var have [][2]float64
	for _, id := range window {
		have = append(have, ix.reads[id].magnitudes...)
	}
	if len(have) == 0 {
		return false
	}
	for _, id := range window {
		for _, f := range ix.sents[id].figures {
			have = append(have, [2]float64{f, f})
		}
	}
	for _, s := range claim {
		for _, h := range have {
			if h[0] < s[1] && (s[0] < h[1] || s[0] <= h[0]) { // the spans overlap
				return false
			}
		}
	}
	return true
}
