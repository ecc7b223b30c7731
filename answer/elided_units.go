// Counts of time whose unit is left out after a comparison.

package answer

import "regexp"

// elidedAfter are the comparisons after which a source leaves out the
// unit of a count of time it has just given: "30 months instead of four",
// "every 15 minutes, up from every 40", "ten days rather than seven".
var elidedAfter = [][2]string{
	{"instead", "of"}, {"rather", "than"}, {"up", "from"}, {"down", "from"},
	{"compared", "with"}, {"compared", "to"},
}

// elidedFiller may stand between the comparison and its number: "up from
// every 30", "instead of just six".
var elidedFiller = map[string]bool{"every": true, "just": true, "only": true, "the": true}

// elidedNext may follow a number whose unit is left out: a function word
// or the end of the sentence, not a noun of its own ("instead of six
// players" counts players, not months).
var elidedNext = map[string]bool{
	"a": true, "an": true, "the": true, "in": true, "on": true, "at": true, "for": true, "by": true, "and": true,
	"but": true, "to": true, "when": true, "as": true, "last": true, "earlier": true, "before": true,
	"previously": true, "this": true, "that": true, "he": true, "she": true, "they": true, "it": true,
	"said": true, "says": true, "ago": true, "originally": true, "its": true, "his": true, "their": true,
	"our": true, "we": true, "i": true, "you": true, "according": true, "with": true, "after": true, "since": true,
	"because": true, "while": true, "so": true, "which": true, "or": true,
}

// elidedWindow is how many words back the count with a unit may stand:
// "every 15 minutes on weekday mornings from the first of next month,
// up from every 40" is eleven.
const elidedWindow = 12

// elidedUnits returns the counts of time a source sentence gives without
// their unit after a comparison with a count that has one: "30 months
// instead of six" states six months as well as 30, and a claim's "half a
// year" set against another count is stated by it (elidedTimes). The unit is the one of the nearest count before
// the comparison; a number followed by a noun of its own is not one.
func elidedUnits(text string) []timedFigure {
	words := numberTokens(spelledFigures(text))
	var out []timedFigure
	unit, at, between := "", -1, false
	for i := 0; i < len(words); i++ {
		if _, ok := parseNumber(words[i]); ok {
			u, isUnit := "", false
			if i+1 < len(words) {
				u, isUnit = timeUnits[words[i+1]]
			}
			_, span := spanWords[words[min(i+1, len(words)-1)]]
			switch {
			case isUnit && !span && (i == 0 || words[i-1] != "the"):
				unit, at, between = u, i, false
			case isUnit:
				// "in the 48 hours to dawn" is the period something
				// else is counted over, not the count compared.
				unit = ""
			default:
				between = true
			}
			continue
		}
		if unit == "" || i+2 >= len(words) || i-at > elidedWindow || !comparisonAt(words, i) {
			continue
		}
		k := i + 2
		every := false
		for k < len(words) && elidedFiller[words[k]] {
			every = every || words[k] == "every"
			k++
		}
		// Another number between the count and the comparison may be
		// what is compared, unless both are rates ("every 15 minutes
		// from next month, up from every 40").
		if between && !every {
			continue
		}
		if k >= len(words) {
			continue
		}
		v, ok := parseNumber(words[k])
		if !ok || k+1 < len(words) && !elidedNext[words[k+1]] {
			continue
		}
		out = append(out, timedFigure{round(v), unit})
	}
	return out
}

// comparisonAt reports whether words[i:] begin with one of elidedAfter.
func comparisonAt(words []string, i int) bool {
	for _, p := range elidedAfter {
		if words[i] == p[0] && words[i+1] == p[1] {
			return true
		}
	}
	return false
}

// comparesRe is a claim that sets one figure against another, as the
// comparisons of elidedAfter do.
var comparesRe = regexp.MustCompile(`(?i)\b(?:instead\s+of|rather\s+than|up\s+from|down\s+from|compared\s+(?:with|to))\b`)

// elidedTimes returns a window sentence's elided counts of time, with
// their other units, for a claim that compares too: the count after
// "instead of" is the one set aside, so a claim states it only as the
// other side of a comparison ("a year and a half rather than half a
// year"), not as the fact ("to finish within half a year").
func (c *claimInfo) elidedTimes(elided []timedFigure) []timedFigure {
	if len(elided) == 0 || !memo(c, "compares", comparesRe.MatchString) {
		return nil
	}
	out := elided
	for _, t := range elided {
		out = append(out, otherUnits(t)...)
	}
	return out
}
