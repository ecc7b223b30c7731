// Figures in more written forms. Glued to what they count: a currency
// written as a letter ("N2,400" for naira, "P72,000" for pesos, "Rs90"),
// a unit abbreviation ("4.5km", "1hr 20mins"). Both sides are read the same
// way, so a claim that spells the figure out ("two thousand four hundred
// naira", "one hour and twenty minutes") meets its source's.

package answer

import (
	"regexp"
	"strings"
)

var (
	// currencyLetterRe is a strict currency-letter sum (currencyLetters in
	// answertype.go: a scale, a thousands comma or a unit price after it,
	// which a road, a form or a grade does not have).
	currencyLetterRe = regexp.MustCompile(currencyLetters)
	// letterSum is any capital letter glued to a figure; it is read as a
	// currency only where the same text writes a strict sum with that
	// letter ("N450 per load, N150 before").
	letterSum = regexp.MustCompile(`\b([PRNK])(\d[\d,]*(?:\.\d+)?)(m|bn)?\b`)
	// codeSum is a currency code glued to its figure: "Rs90", "Rs.75",
	// "KSh1,500", "PHP25".
	codeSum = regexp.MustCompile(`\b(?:Rs\.?|KSh|Ksh|Sh|PHP|Php|INR|RM|Rp)(\d)`)
	// gluedUnit is a figure with a unit abbreviation glued to it: "4.5km",
	// "20mins", "12m" (a sum's "£12m" is read as millions before this),
	// "30p" (pence).
	gluedUnit = regexp.MustCompile(`([$£€¥₹₦₱]\s?)?\b(\d[\d,]*(?:\.\d+)?)(km|kg|cm|mm|m|ft|mi|hrs?|mins?|secs?|ha|mph|kph|kmh|kw|mw|gw|kwh|mwh|gwh|lbs?|oz|ml|p)\b`)
)

// prefixedAbbreviations are the abbreviations of units with a metric
// prefix (unitPrefix): "4.5 km" is 4,500 metres, as "4.5 kilometres" is.
var prefixedAbbreviations = map[string]float64{"km": 1e3, "kg": 1e3, "kw": 1e3, "kwh": 1e3, "mw": 1e6, "mwh": 1e6, "gw": 1e9, "gwh": 1e9}

// unglued rewrites a text's glued figures with a space between the figure
// and what it counts, and drops a currency letter or code: "N2.6 billion"
// is "2.6 billion", "4.5km" is "4.5 km", "N2.6m" is "2.6 million".
func unglued(text string) string {
	text = quarterSpans(text)
	if !strings.ContainsAny(text, "0123456789") {
		return text
	}
	letters := ""
	for _, m := range currencyLetterRe.FindAllString(text, -1) {
		letters += m[:1]
	}
	if letters != "" {
		text = letterSum.ReplaceAllStringFunc(text, func(m string) string {
			sub := letterSum.FindStringSubmatch(m)
			if !strings.Contains(letters, sub[1]) {
				return m
			}
			return " " + sub[2] + map[string]string{"": "", "m": " million", "bn": " billion"}[sub[3]]
		})
	}
	text = codeSum.ReplaceAllString(text, " $1")
	return gluedUnit.ReplaceAllStringFunc(text, func(m string) string {
		sub := gluedUnit.FindStringSubmatch(m)
		if sub[1] != "" {
			return m // "£12m" is millions (spoken.go)
		}
		return sub[2] + " " + sub[3]
	})
}

// shortMonth is a month abbreviated without a stop before a day: "Nov
// 28", "Sept 3". Alone, "Jan" and "Mar" are as often a name or a verb.
var shortMonth = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\s+\d{1,2}\b`)

// shortMonths returns the months a text names as shortMonth.
func shortMonths(text string) []float64 {
	var out []float64
	for _, m := range shortMonth.FindAllStringSubmatch(text, -1) {
		out = append(out, calendarWords[m[1][:3]+"."])
	}
	return out
}

// ofTheShare is a part of a whole given as two counts: "four of the twelve
// seats", "5 of its 20 depots".
var ofTheShare = regexp.MustCompile(`(?i)\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the|its|their|our|his|her)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b`)

// maxShareDenominator is the largest denominator, in lowest terms, of a
// share partShares reads: the fractions a writer says in words ("a third",
// "two fifths", "three quarters"). Without the bound, two counts such as
// 13 of 41 (0.317) let a held-out claim's rounded percentage of another
// thing through (one invented sentence more on heldout).
const maxShareDenominator = 10

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// partShares returns the shares a source states as two counts ("four of
// the twelve" is a third), for a claim that gives the share ("a third of
// the seats"). A claim's two counts stay counts.
func partShares(text string) []float64 {
	var out []float64
	for _, m := range ofTheShare.FindAllStringSubmatch(text, -1) {
		n, _ := parseNumber(strings.ToLower(m[1]))
		d, _ := parseNumber(strings.ToLower(m[2]))
		if n > 0 && d > n && int(d)/gcd(int(n), int(d)) <= maxShareDenominator {
			out = append(out, round(n/d))
		}
	}
	return out
}

// quarterSpan is a quarter of a span of years: "three quarters of a
// century", "a quarter of a decade".
var quarterSpan = regexp.MustCompile(`(?i)\b(a|one|three)\s+quarters?\s+of\s+an?\s+(decade|century)\b`)

// quarterSpans rewrites quarterSpan as the years it states: "three
// quarters of a century" is 75 years.
func quarterSpans(text string) string {
	if !strings.Contains(strings.ToLower(text), "quarter") {
		return text
	}
	return quarterSpan.ReplaceAllStringFunc(text, func(m string) string {
		sub := quarterSpan.FindStringSubmatch(m)
		n := 1.0
		if strings.EqualFold(sub[1], "three") {
			n = 3
		}
		return formatFigure(n*spanWords[strings.ToLower(sub[2])]/4) + " years"
	})
}

// simpleFractions are the shares a writer bounds a figure with, in order:
// "more than a third" for 38 percent, "under a quarter" for 22 percent.
var simpleFractions = []float64{0.1, 0.2, 0.25, 1.0 / 3, 0.4, 0.5, 0.6, 2.0 / 3, 0.75, 0.8, 0.9}

// fractionBound reports whether a claim's share bounded by a simple
// fraction ("more than a third") holds a source's share that lies between
// that fraction and the next simple one on the bound's side: 38 percent
// is "more than a third" (the next fraction up, two fifths, would have
// been said), 45 percent is not.
func fractionBound(c, e float64, r rounding) bool {
	for k, f := range simpleFractions {
		if round(f) != c {
			continue
		}
		switch {
		case r == atLeast && k+1 < len(simpleFractions):
			return e > c && e < simpleFractions[k+1]
		case r == atMost && k > 0:
			return e < c && e > simpleFractions[k-1]
		}
	}
	return false
}
