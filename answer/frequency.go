// How often a thing happens is a figure too: "every day" is not "every
// hour", nor a report filed "every six months" one filed "every three
// months". The figure check reads numbers, and "day" and "hour" are
// common words the coverage check may do without, so a changed frequency
// passed both.

package answer

import (
	"math"
	"regexp"
	"strings"
)

// periodDays are the units of a frequency, in days.
var periodDays = map[string]float64{"minute": 1.0 / 1440, "hour": 1.0 / 24, "day": 1, "week": 7, "fortnight": 14,
	"month": daysPerMonth, "quarter": 365.25 / 4, "year": 365.25, "decade": 3652.5}

// periodAdverbs are the one-word frequencies, in days.
var periodAdverbs = map[string]float64{"hourly": 1.0 / 24, "daily": 1, "nightly": 1, "weekly": 7, "fortnightly": 14,
	"monthly": daysPerMonth, "quarterly": 365.25 / 4, "yearly": 365.25, "annually": 365.25, "annual": 365.25}

const periodUnit = `(minute|hour|day|week|fortnight|month|quarter|year|decade)s?`

var (
	// everyPeriod is "every day", "each month", "every other week",
	// "every six months", "once every two years".
	everyPeriod = regexp.MustCompile(`(?i)\b(?:(once|twice|thrice|(\S+)\s+times)\s+)?(?:every|each)\s+(?:(other)\s+)?(?:(\S+)\s+)?` + periodUnit + `\b`)
	// timesPer is "once a week", "twice per year", "three times a day":
	// without the count, "a year" is as often a length ("within a year")
	// or a rate of something else ("£12 a day") as a frequency.
	timesPer = regexp.MustCompile(`(?i)\b(?:(once|twice|thrice)|(\S+)\s+times)\s+(?:a|an|per)\s+` + periodUnit + `\b`)
	// periodWord is "weekly", "twice yearly".
	periodWord = regexp.MustCompile(`(?i)\b(?:(?:(once|twice|thrice)|(\S+)\s+times)\s+)?(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)\b`)
	// spanPeriod is any length of time a text gives ("three months", "a
	// quarter", "annual"): a passage that names the claim's period in
	// any form may state its frequency in words the reader does not
	// parse.
	spanPeriod = regexp.MustCompile(`(?i)\b(?:([^\s-]+)[\s-]+)?` + periodUnit + `\b|\b(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|annual)\b`)
)

// frequencies returns the frequencies a text states, as periods in days
// ("twice a year" is 182.6). A count it cannot read ("every few weeks")
// gives none.
func frequencies(text string) []float64 {
	text = spelledFigures(text)
	var out []float64
	for _, m := range everyPeriod.FindAllStringSubmatch(text, -1) {
		n, ok := periodCount(m[4])
		times, counted := timesCount(m[1], m[2])
		if !ok || !counted {
			continue
		}
		if m[3] != "" {
			n *= 2
		}
		out = append(out, n*periodDays[strings.ToLower(m[5])]/times)
	}
	for _, m := range timesPer.FindAllStringSubmatch(text, -1) {
		if n, ok := timesCount(m[1], m[2]); ok {
			out = append(out, periodDays[strings.ToLower(m[3])]/n)
		}
	}
	for _, m := range periodWord.FindAllStringSubmatch(text, -1) {
		if n, ok := timesCount(m[1], m[2]); ok {
			out = append(out, periodAdverbs[strings.ToLower(m[3])]/n)
		}
	}
	return out
}

// spans returns every length of time a text names, as days: its
// frequencies and its counts of a unit ("three months", "a year").
func spans(text string) []float64 {
	out := frequencies(text)
	for _, m := range spanPeriod.FindAllStringSubmatch(spelledFigures(text), -1) {
		if m[3] != "" {
			out = append(out, periodAdverbs[strings.ToLower(m[3])])
		} else if n, ok := periodCount(m[1]); ok {
			out = append(out, n*periodDays[strings.ToLower(m[2])])
		} else {
			out = append(out, periodDays[strings.ToLower(m[2])])
		}
	}
	return out
}

// periodCount reads the count before a unit ("six months"; none, "a" or
// "one" is 1).
func periodCount(w string) (float64, bool) {
	switch w = strings.ToLower(w); w {
	case "", "a", "an", "one", "single":
		return 1, true
	}
	v, ok := parseNumber(w)
	return v, ok && v > 0
}

// timesCount reads how many times a frequency counts ("twice", "3
// times"; none is once).
func timesCount(word, number string) (float64, bool) {
	if number != "" {
		v, ok := parseNumber(strings.ToLower(number))
		return v, ok && v > 0
	}
	if word == "" {
		return 1, true
	}
	return map[string]float64{"once": 1, "twice": 2, "thrice": 3}[strings.ToLower(word)], true
}

// frequencyChanged reports whether the window states how often something
// happens and names the period of none of the frequencies the claim
// gives: "every day" against "every hour". A window that gives no
// frequency leaves the claim to the other checks, and one that names one
// of two the claim gives may say the other in words the reader does not
// parse ("twice daily, but wants it at every hour" for "twice a day" and
// "all day").
func (e *Engine) frequencyChanged(c *claimInfo, window []int) bool {
	claim := memo(c, "frequencies", frequencies)
	if len(claim) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	stated := false
	var have []float64
	for _, id := range window {
		stated = stated || len(ix.sents[id].frequencies) > 0
		have = append(have, ix.sents[id].spans...)
	}
	if !stated {
		return false
	}
	for _, p := range claim {
		for _, h := range have {
			// Within a tenth: "every four weeks" is "monthly".
			if math.Abs(p-h) <= 0.1*math.Max(p, h) {
				return false
			}
		}
	}
	return true
}
