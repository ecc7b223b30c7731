// Ordinals of time: "for a fourth day" counts days; "the 14th century"
// counts nothing.

package answer

// ordinalTimes returns what a source's ordinals before a unit of time
// state. "Blocked the road for a fourth day", "the third straight year":
// the thing has lasted that many of the unit, so they are counts
// ({4, day}, {3, year}) a claim may give as "for four days". A century is
// a point in time, not a count: "the 14th century" is {14, century}, a
// unit no claim's count of time shares, so "fourteen months" is not
// stated by it (timesAgree).
func ordinalTimes(text string) []timedFigure {
	words := numberTokens(spelledFigures(text))
	var out []timedFigure
	for i, w := range words {
		v, ok := ordinalValue(w)
		if !ok {
			continue
		}
		k := i + 1
		for k < len(words) && runWords[words[k]] {
			k++
		}
		if k >= len(words) {
			continue
		}
		switch u, isUnit := timeUnits[words[k]]; {
		case words[k] == "century" || words[k] == "centuries":
			out = append(out, timedFigure{v, "century"})
		case isUnit:
			if _, span := spanWords[words[k]]; !span {
				out = append(out, timedFigure{v, u})
			}
		}
	}
	return out
}

// runWords may stand between an ordinal and its unit of time: "the third
// straight year", "a fifth consecutive night".
var runWords = map[string]bool{"straight": true, "consecutive": true, "successive": true, "running": true, "full": true}

// unitAfter reports whether text (what follows an ordinal word) opens
// with a unit of time, maybe after "straight" or "consecutive": "a fourth
// day" is an ordinal, "a fourth of the budget" a fraction.
func unitAfter(text string) bool {
	words := numberTokens(text)
	for k, w := range words {
		if runWords[w] {
			continue
		}
		_, unit := timeUnits[w]
		return unit && k <= 2
	}
	return false
}
