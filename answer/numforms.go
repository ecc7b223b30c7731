// Figures said by other forms than a count: "all but one of the seven"
// (six), "25 basis points" (a quarter of a percentage point), "290
// gigalitres" (290 billion litres), "the 22nd".

package answer

import (
	"regexp"
	"strconv"
	"strings"
)

// allButRe is "all but one of the seven", "all but two of its 12": the
// whole less a part.
var allButRe = regexp.MustCompile(`(?i)\ball\s+but\s+([a-z]+|\d+)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?([a-z]+(?:-[a-z]+)?|\d[\d,]*)\b`)

// allBut rewrites "all but N of the M" as the count it gives, M less N:
// "all but one of the seven members backed it" states six.
func allBut(text string) string {
	if !strings.Contains(strings.ToLower(text), "all but") {
		return text
	}
	return allButRe.ReplaceAllStringFunc(text, func(m string) string {
		sub := allButRe.FindStringSubmatch(m)
		n, ok := countValue(sub[1])
		whole, wok := countValue(sub[2])
		if !ok || !wok || n >= whole {
			return m
		}
		return formatFigure(whole - n)
	})
}

// countValue reads a count in digits or in words ("one", "seven",
// "twenty-two").
func countValue(w string) (float64, bool) {
	w = strings.ToLower(w)
	if v, ok := phraseOnly[w]; ok {
		return v, true
	}
	if v, ok := parseNumber(w); ok {
		return v, true
	}
	toks := []spelledToken{}
	for _, loc := range numberWordRe.FindAllStringIndex(w, -1) {
		toks = append(toks, spelledToken{w[loc[0]:loc[1]], loc[0], loc[1]})
	}
	if len(toks) == 0 {
		return 0, false
	}
	v, end, ordinal := readPhrase(w, toks, 0)
	return v, end == len(toks) && !ordinal
}

// basisPointRe is an amount in basis points: "25 basis points", "50bp".
var basisPointRe = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)\s*(?:basis[ -]points?|bps?)\b`)

// basisPoints rewrites amounts in basis points as percentage points: a
// hundred basis points are one ("a quarter of a percentage point").
func basisPoints(text string) string {
	if !strings.Contains(text, "bp") && !strings.Contains(strings.ToLower(text), "basis") {
		return text
	}
	return basisPointRe.ReplaceAllStringFunc(text, func(m string) string {
		v, err := strconv.ParseFloat(basisPointRe.FindStringSubmatch(m)[1], 64)
		if err != nil {
			return m
		}
		return formatFigure(round(v/100)) + " percentage points"
	})
}

// ordinalDigits is an ordinal in digits, "3rd", "22nd", "101st", as
// numberTokens folds it.
var ordinalDigits = regexp.MustCompile(`^(\d+)(?:st|nd|rd|th)$`)

// ordinalValue reads an ordinal in digits from "3rd" up: "1st" and "2nd"
// are no figures, as "first" and "second" alone are not (ordinalWord).
func ordinalValue(w string) (float64, bool) {
	m := ordinalDigits.FindStringSubmatch(w)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[1], 64)
	return v, err == nil && v >= 3
}

// unitPrefixes are the metric prefixes that scale a unit: "gigalitres"
// are billions of litres, "megawatts" millions of watts.
var unitPrefixes = []struct {
	prefix string
	scale  float64
}{{"giga", 1e9}, {"mega", 1e6}, {"kilo", 1e3}}

// unitPrefix returns the scale a unit's metric prefix gives it, or 0:
// "gigalitres" 1e9, "kilometres" 1e3; "kilos" alone is a unit, not a
// prefix.
func unitPrefix(w string) float64 {
	if s, ok := prefixedAbbreviations[w]; ok {
		return s
	}
	for _, p := range unitPrefixes {
		if strings.HasPrefix(w, p.prefix) && len(w) > len(p.prefix)+2 {
			return p.scale
		}
	}
	return 0
}

// andAHalf is a count of time and a half ("a year and a half", "two days
// and a half"); halfASpan is half of a span word ("half a decade").
var (
	andAHalf  = regexp.MustCompile(`(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(year|month|week|day|hour|minute)s?\s+and\s+a\s+half\b`)
	halfASpan = regexp.MustCompile(`(?i)\bhalf\s+an?\s+(decade|century)\b`)
)

// timesRe is a count of times said in one word; doublingRe a change said
// as a multiple.
var (
	timesRe    = regexp.MustCompile(`(?i)\b(twice|thrice)\b`)
	doublingRe = regexp.MustCompile(`(?i)\b(doubl|tripl)(?:e|ed|es|ing)\b`)
)

// timesWords rewrites "twice" and "thrice" as the counts they state:
// "twice a week" is "two times weekly". ("Once" is left alone: it is as
// often "formerly" or "as soon as".)
func timesWords(text string) string {
	l := strings.ToLower(text)
	if !strings.Contains(l, "twice") && !strings.Contains(l, "thrice") {
		return text
	}
	return timesRe.ReplaceAllStringFunc(text, func(m string) string {
		if strings.EqualFold(m, "twice") {
			return "2 times"
		}
		return "3 times"
	})
}

// doublings rewrites a source's "double" and "triple" as the multiples
// they state, so that "twice as many" is stated by "expected the number to
// double". Only a source's: a claim's "doubled" is read by its words, since
// a source often states it by two figures ("up from $140 to $310").
func doublings(text string) string {
	l := strings.ToLower(text)
	if !strings.Contains(l, "doubl") && !strings.Contains(l, "tripl") {
		return text
	}
	return doublingRe.ReplaceAllStringFunc(text, func(m string) string {
		if strings.HasPrefix(strings.ToLower(m), "doubl") {
			return "2 times"
		}
		return "3 times"
	})
}

// halves rewrites a count of time with a half as the figure it states: "a
// year and a half" is 1.5 years (18 months), "half a decade" five years.
func halves(text string) string {
	text = andAHalf.ReplaceAllStringFunc(text, func(m string) string {
		sub := andAHalf.FindStringSubmatch(m)
		n, ok := parseNumber(strings.ToLower(sub[1]))
		if !ok {
			n = 1 // "a", "an", "one"
		}
		return formatFigure(n+0.5) + " " + strings.ToLower(sub[2]) + "s"
	})
	return halfASpan.ReplaceAllStringFunc(text, func(m string) string {
		sub := halfASpan.FindStringSubmatch(m)
		return formatFigure(spanWords[strings.ToLower(sub[1])]/2) + " years"
	})
}
