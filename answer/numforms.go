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
// are no figures, as "first" and "second" alone are not (ordinalWords).
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
	for _, p := range unitPrefixes {
		if strings.HasPrefix(w, p.prefix) && len(w) > len(p.prefix)+2 {
			return p.scale
		}
	}
	return 0
}
