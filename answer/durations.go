package answer

import (
	"math"
	"regexp"
)

// timeUnits are the units a count of time is given in, singular; a
// decade or century is a count of years.
var timeUnits = map[string]string{
	"minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
	"week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
	"decade": "year", "decades": "year", "century": "year", "centuries": "year", "millennium": "year", "millennia": "year", "fortnight": "week", "fortnights": "week",
	"hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", // "1hr 20mins" (figureforms.go)
}

// timedFigure is a count of time: "six weeks" is {6, "week"}.
type timedFigure struct {
	v    float64
	unit string
}

// timedFigures returns the counts of time a text states ("six weeks",
// "30-day", "two decades" as 20 years).
func timedFigures(text string) []timedFigure {
	words := numberTokens(spelledFigures(text))
	var out []timedFigure
	for i := 0; i+1 < len(words); i++ {
		if f, ok := fractionWords[words[i]]; ok {
			// "half of next year" is six months, "half an hour" 30
			// minutes (otherUnits converts), "three quarters of an
			// hour" 45.
			if n, counted := parseNumber(words[max(i-1, 0)]); i > 0 && counted {
				f *= n
			}
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if u, isUnit := timeUnits[words[k]]; isUnit {
					if _, span := spanWords[words[k]]; !span {
						out = append(out, timedFigure{round(f), u})
					}
					break
				}
				if !timeFiller[words[k]] {
					break
				}
			}
		}
		v, ok := parseNumber(words[i])
		if _, span := spanWords[words[i+1]]; span && spanOne[words[i]] {
			v, ok = 1, true // "the past decade"
		}
		u, isUnit := timeUnits[words[i+1]]
		if ok && !isUnit && rangeUnit(words, i) != "" {
			// "between 18 and 30 months": the first end of a range
			// is counted in the unit of the second.
			out = append(out, timedFigure{round(v), rangeUnit(words, i)})
			continue
		}
		if !ok || !isUnit {
			continue
		}
		if s, span := spanWords[words[i+1]]; span {
			v *= s
		}
		out = append(out, timedFigure{round(v), u})
	}
	return out
}

// rangeUnit returns the unit of time after the second end of a range
// whose first end is the number at words[i] ("18 to 30 months", "between
// five and seven days"), or "".
func rangeUnit(words []string, i int) string {
	if i+3 >= len(words) || words[i+1] != "to" && words[i+1] != "and" {
		return ""
	}
	// A range rises: "in 2019 and 30 days later" is none.
	if a, ok := parseNumber(words[i]); !ok {
		return ""
	} else if b, ok := parseNumber(words[i+2]); !ok || b <= a {
		return ""
	}
	if _, span := spanWords[words[i+3]]; span || i+4 < len(words) && words[i+4] == "old" {
		return "" // "two to three decades" counts decades; ages are no spans
	}
	return timeUnits[words[i+3]]
}

// oneWords make a singular unit of time one of it in a source: "in the
// past year", "a month later", "over the next week".
var oneWords = map[string]bool{"a": true, "an": true, "one": true, "past": true, "last": true, "previous": true, "next": true, "coming": true}

// sourceTimes is timedFigures for a source sentence, with its singular
// units read as one of them: "recruited 140 nurses in the past year"
// states twelve months. A claim's "a year" is no count it must prove, so
// claims are read by timedFigures alone.
func sourceTimes(text string) []timedFigure {
	out := append(timedFigures(text), ordinalTimes(text)...)
	words := numberTokens(text)
	for i := 1; i < len(words); i++ {
		if u, ok := timeUnits[words[i]]; ok && oneWords[words[i-1]] && u == words[i] && !rateAfter(words, i-1) {
			out = append(out, timedFigure{1, u})
		}
	}
	return out
}

// rateAfter reports whether the "a" or "an" at words[i] makes a rate of
// the figure before it ("£40 a day", "twice a week", "three times a
// year"): a unit of time per something is no span of time, and "within
// 24 hours" is not stated by a charge of "£40 a day".
func rateAfter(words []string, i int) bool {
	if i < 1 || words[i] != "a" && words[i] != "an" {
		return false
	}
	prev := words[i-1]
	return isNumberish(prev) || prev == "times" || prev == "once" || prev == "twice"
}

// timeFiller may stand between a fraction and its unit of time: "half of
// next year", "a quarter of an hour".
var timeFiller = map[string]bool{"a": true, "an": true, "the": true, "of": true, "next": true, "this": true, "last": true, "that": true, "first": true, "second": true}

// timesAgree reports whether no count of time in a claim is given in the
// evidence in another unit only: "every six months" is not "every six
// weeks".
func timesAgree(claim, evidence []timedFigure) bool {
	for _, c := range claim {
		same, other := false, false
		for _, e := range evidence {
			if e.v == c.v {
				same = same || e.unit == c.unit
				other = other || e.unit != c.unit
			}
		}
		if other && !same {
			return false
		}
	}
	return true
}

// unitScales give each unit of time its length in the smallest unit of
// its scale: minutes to weeks convert exactly, as do months and years; a
// month is no whole number of days.
var unitScales = []map[string]float64{
	{"minute": 1, "hour": 60, "day": 1440, "week": 10080},
	{"month": 1, "year": 12},
}

// otherUnits returns a count of time in the other units of its scale, where
// it is a whole number of them: six weeks is 42 days, two years 24
// months. A model that answers in its own words converts ("over the next
// two years" is "over the coming 24 months"). Days and weeks are also a
// rounded count of months or years (see roundedUnits).
func otherUnits(t timedFigure) []timedFigure {
	out := roundedUnits(t)
	for _, sc := range unitScales {
		f, ok := sc[t.unit]
		if !ok {
			continue
		}
		for u, g := range sc {
			// Whole units, or a half or a quarter ("30 minutes" is half
			// an hour, "15 minutes" a quarter of one).
			if v := t.v * f / g; u != t.unit && v >= 0.25 && v*4 == math.Trunc(v*4) {
				out = append(out, timedFigure{v, u})
			}
		}
	}
	return out
}

// convertedAway returns a claim's figures without the counts of time the
// window (its times, with their other units) states in another unit: "42
// days" is checked as a duration against "six weeks", not as the figure
// 42. A figure converted this way must also be the claim's own count of
// time, so "almost 40 months" is not stated by "three years" (36 months).
func convertedAway(c *claimInfo, times []timedFigure) ([]float64, []rounding) {
	if len(c.times) == 0 {
		return c.figures, c.rough
	}
	out := make([]float64, 0, len(c.figures))
	rough := c.rough[:0:0]
	for k, f := range c.figures {
		if !timeStated(c.times, f, times) {
			out = append(out, f)
			if k < len(c.rough) {
				rough = append(rough, c.rough[k])
			}
		}
	}
	return out, rough
}

// timeStated reports whether a claim's count of time with value v is in
// times in its own unit.
func timeStated(claim []timedFigure, v float64, times []timedFigure) bool {
	for _, ct := range claim {
		if ct.v != v {
			continue
		}
		for _, t := range times {
			if t == ct {
				return true
			}
		}
	}
	return false
}

// Across the two scales, a count of days or weeks within roughShare of a
// whole number of months or years is that many of them, as a model says
// it in its own words: 16 weeks (3.7 months) is "four months", 90 days
// "three months", 52 weeks "a year"; 16 weeks is not "three months", nor
// five weeks "a month". The share is roughShare, what a rounded figure may
// differ by; TestSupportRules holds cases on either side of it.
const daysPerMonth = 365.25 / 12

// roundedUnits returns a count of days or weeks as the rounded counts of
// months and years it stands for, within roughShare.
func roundedUnits(t timedFigure) []timedFigure {
	days := t.v
	switch t.unit {
	case "week":
		days *= 7
	case "day":
	default:
		return nil
	}
	var out []timedFigure
	for _, u := range []struct {
		unit string
		days float64
	}{{"month", daysPerMonth}, {"year", 365.25}} {
		x := days / u.days
		if r := math.Round(x); r >= 1 && math.Abs(x-r) <= roughShare*r {
			out = append(out, timedFigure{r, u.unit})
		} else if h := math.Round(2*x) / 2; h >= 1.5 && math.Abs(x-h) <= roughShare*h {
			// Six weeks is "a month and a half", ten weeks "two and
			// a half months".
			out = append(out, timedFigure{h, u.unit})
		}
	}
	return out
}

// oneCompound is "one" joined to a unit of time in a compound: "a one-year
// waiver", "a one-day strike". A "one" joined to a word before it is the
// end of a longer number ("a ninety-one-year-old"), read whole by
// spelledFigures.
var oneCompound = regexp.MustCompile(`(?i)(^|[^\pL\pN-])one-(year|month|week|day|hour|minute)\b`)

// oneCounted writes a claim's "one-year" as "1-year", a count of time it
// must prove like "six-month": "one" alone is no figure ("one of the"),
// but in such a compound it counts.
func oneCounted(text string) string { return oneCompound.ReplaceAllString(text, "${1}1-$2") }
