package answer

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"articlebot/fuzzy"
)

// spelledNumbers are the spelled-out numbers news prose uses. "one" and "a"
// are left out: "one of the", "a call" are not figures.
var spelledNumbers = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "dozen": 12,
}

// fractionWords are fractions as words: "a fifth", "half".
var fractionWords = map[string]float64{
	"half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
	"fifth": 0.2, "fifths": 0.2, "sixth": 1.0 / 6, "seventh": 1.0 / 7, "eighth": 0.125,
	"ninth": 1.0 / 9, "tenth": 0.1, "tenths": 0.1,
}

// scaleWords multiply the number before them: "2.5 million".
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12,
	"grand": 1e3, // "eighty-five grand": after a number only
	// Indian English counts in lakhs (a hundred thousand) and crores (ten
	// million): "2.85 lakh shareholders" are 285,000.
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

// spanWords are spans of their unit of time (timeUnits): "four decades"
// is 40 years, "a century" 100, "ten millennia" 10,000, "a fortnight" two
// weeks.
var spanWords = map[string]float64{"decade": 10, "decades": 10, "century": 100, "centuries": 100, "millennium": 1000, "millennia": 1000, "fortnight": 2, "fortnights": 2}

// spanOne are the words that make a span word one span: "a decade", "the
// past decade" (ten years), "the last century".
var spanOne = map[string]bool{"a": true, "one": true, "past": true, "last": true, "previous": true, "next": true, "coming": true}

// halfCompound is "half" in a compound that names a part of a match or a
// way, not a fraction: "half-time", "a second-half goal", "half-way", "the
// first half" of a match or a year (a period, as "the first quarter" is).
// A half of a unit of time ("half-hour") stays a figure.
var halfCompound = regexp.MustCompile(`(?i)\b(?:first|second|other)-half\b|\b(?:first|second)\s+half\b|\bhalf-(?:time|way|back|backs|brother|sister|hearted|truth|truths|measure|measures|term)\b`)

// figures returns the numbers a text states, as values: digits ("1,400",
// "4.1"), number words ("forty"), fractions ("a fifth", "two thirds") and
// scaled amounts ("2.5 million" is 2.5e6). A percentage gives both its
// number and its fraction, so "20%" matches "a fifth". Qualifiers ("more
// than", "about", "nearly") are not part of a figure: a claim of "more than
// 40 drones" states the figure 40, as its source does.
func figures(text string) []float64 {
	out, _ := readFigures(text, false)
	return out
}

// figuresOf is figures for a claim, with how each value is qualified. A
// claim's percentage is its fraction only: "50 percent" is stated by "by
// half" (a source's gives both, as figures says).
func figuresOf(text string) ([]float64, []rounding) { return readFigures(text, true) }

func readFigures(text string, claim bool) ([]float64, []rounding) {
	text, shares := spokenForms(joinThousands(text))
	text = halfCompound.ReplaceAllString(text, " ")
	clocks := clockTimes(text)
	if claim {
		text = withoutClocks(text, clocks)
	}
	if !claim {
		text = doublings(text)
	}
	text = spelledFigures(text)
	words := numberTokens(text)
	out := dates(text)
	rough := make([]rounding, len(out))
	start := 0        // where the figure being read began
	var inWords []int // the claim's fractions in words, by index in out
	mark := func() {
		rough = rough[:min(len(rough), len(out))]
		for len(rough) < len(out) {
			rough = append(rough, roundingBefore(words, start))
		}
	}
	for i := 0; i < len(words); i++ {
		mark()
		start = i
		w := words[i]
		if span, ok := spanWords[w]; ok && i > 0 && (spanOne[words[i-1]] || isNumberish(words[i-1])) {
			n := 1.0
			if p, ok := parseNumber(words[i-1]); ok {
				n = p
				out = out[:len(out)-1]
			}
			out = append(out, round(n*span))
			continue
		}
		v, ok := parseNumber(w)
		if o, ordinal := ordinalValue(w); !ok && ordinal {
			out = append(out, o) // "the 22nd", "the twenty-second"
			continue
		}
		if d := compoundOrdinal(w); !ok && d > 0 && dayOfDate(words, i) {
			out = append(out, d) // "the first of June"
			continue
		}
		if !ok {
			if f, isFrac := fractionWords[w]; isFrac && i > 0 && (words[i-1] == "a" || words[i-1] == "one" || isNumberish(words[i-1])) {
				n := 1.0
				if p, ok := parseNumber(words[i-1]); ok {
					n = p
					out = out[:len(out)-1] // "two thirds": the 2 was a count of thirds
				}
				out = append(out, round(n*f))
				if claim && w != "half" && w != "halves" {
					inWords = append(inWords, len(out)-1)
				}
			} else if f, isFrac := fractionWords[w]; isFrac && w == "half" {
				out = append(out, f)
			}
			continue
		}
		if i+1 < len(words) {
			if s, ok := scaleWords[words[i+1]]; ok && !(w == "hundred" || w == "thousand") {
				v *= s
				i++
			} else if s := sharedScale(words, i, v); s > 0 {
				v *= s // "6 to 9 million": both are millions
			}
		}
		out = append(out, round(v))
		if i+1 < len(words) && unitPrefix(words[i+1]) > 0 {
			// "290 gigalitres" is 290 billion litres; a source states
			// both figures, a claim the one it means.
			if scaled := round(v * unitPrefix(words[i+1])); claim {
				out[len(out)-1] = scaled
			} else {
				out = append(out, scaled)
			}
		}
		if i+1 < len(words) && (words[i+1] == "%" || words[i+1] == "percent" || words[i+1] == "per" && i+2 < len(words) && words[i+2] == "cent") {
			if claim {
				out = out[:len(out)-1]
			}
			out = append(out, round(v/100))
		}
	}
	mark()
	// A share said as a fraction ("a fifth higher" for a 21 percent
	// rise) is rounded by nature, as "one in seven" is; "half" is as
	// often exact.
	for _, k := range inWords {
		if rough[k] == exact {
			rough[k] = near
		}
	}
	if !claim {
		for _, f := range partShares(text) {
			out, rough = append(out, f), append(rough, exact)
		}
	}
	for _, f := range clockFigures(clocks, claim) {
		out, rough = append(out, f), append(rough, exact)
	}
	// A share said as "one in seven" is a rounded figure by nature (14
	// percent).
	for _, f := range shares {
		out, rough = append(out, f), append(rough, near)
	}
	return out, rough
}

// sharedScale returns the scale of the second number of a range that the
// number at i begins ("6 to 9 million", "between 2 and 3 billion"), or 0:
// the first number is in the same scale when it is the smaller, or when
// a range that counts down has ends that close ("nine to seven thousand
// years ago"; "50 to 2 million" are two scales).
func sharedScale(words []string, i int, v float64) float64 {
	if i+3 >= len(words) || !rangeWords[words[i+1]] {
		return 0
	}
	next, ok := parseNumber(words[i+2])
	s, scaled := scaleWords[words[i+3]]
	if !ok || !scaled || next == v || next < v && v >= 2*next {
		return 0
	}
	return s
}

// rangeWords join the two ends of a range.
var rangeWords = map[string]bool{"to": true, "and": true, "or": true}

func isNumberish(w string) bool { _, ok := parseNumber(w); return ok }

// calendarWords are months and weekdays. They are figures too: a claim
// that talks begin "in September" is not supported by "in April". As
// values they are negative, so they never equal a number.
// It is filled as a package variable, not in an init function: the
// init functions of other files (calendarTerms in figurebind.go) read it,
// and files before this one in name order ran theirs with it empty.
var calendarWords = calendarTable()

func calendarTable() map[string]float64 {
	out := map[string]float64{}
	for i, m := range strings.Fields("January February March April May June July August September October November December") {
		out[m] = -float64(100 + i)
		out[m[:3]+"."] = -float64(100 + i)
	}
	for i, d := range strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday") {
		out[d] = -float64(200 + i)
		out[d+"s"] = -float64(200 + i) // "opens on Fridays"
	}
	return out
}

// dates returns the months and weekdays a text names, written with a
// capital letter ("may" and "march" are also verbs).
func dates(text string) []float64 {
	out := shortMonths(text)
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		if v, ok := calendarWords[strings.TrimRight(w, ".")]; ok {
			out = append(out, v)
		} else if v, ok := calendarWords[w]; ok {
			out = append(out, v)
		}
	}
	return out
}

// parseNumber reads digits or a number word.
func parseNumber(w string) (float64, bool) {
	if v, ok := spelledNumbers[w]; ok {
		return v, true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return v, err == nil
}

// numberTokens splits text into folded words, keeping "1,400" and "4.1"
// whole and "%" as a word of its own.
func numberTokens(text string) []string {
	var out []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.TrimRight(string(cur), ".,"))
			cur = cur[:0]
		}
	}
	for i, r := range text {
		switch {
		case r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && unicode.IsLetter(r):
			cur = fuzzy.AppendFold(cur, r)
		case (r == ',' || r == '.') && len(cur) > 0 && isDigitByte(cur[len(cur)-1]) && i+1 < len(text) && isDigitByte(text[i+1]):
			cur = append(cur, byte(r))
		case r == '%':
			flush()
			out = append(out, "%")
		default:
			flush()
		}
	}
	flush()
	return out
}

// round keeps six significant digits, so that 1/3 from "a third" and from
// "one third" compare equal.
func round(v float64) float64 {
	if v == 0 {
		return 0
	}
	p := math.Pow(10, 5-math.Floor(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}
