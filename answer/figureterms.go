// The words of a claim that only state its figures: once the figure check
// has matched the figures, their words are stated too.

package answer

import (
	"strings"

	"articlebot/retrieval"
)

// figureWordMask returns the mask of a claim's terms that spell its figures
// and their qualifiers: the numbers ("61,000", "seven"), scale and fraction
// words ("billion", "third"), the rounding or bound before a number
// ("roughly", "more than"), the unit after it ("percent", "per cent",
// "days") and the words of a clock time ("ten to seven in the evening").
// A rounded figure's number is not the source's ("61,000" for 61,204), so
// without this an own-words claim that rounds loses the rarest of its
// words twice: once at the figure check, which it passes, and once in its
// coverage. currency maps each currency word of the claim to the mark a
// source writes it with ("dollars": "$"), credited only where the window
// has that mark or the word.
func figureWordMask(c *claimInfo, text string) (mask, units uint64, currency map[int]string) {
	words := numberTokens(text)
	set := func(w string) int {
		for _, t := range retrieval.Terms(w) {
			if i := indexOf(c.terms, t); i >= 0 {
				mask |= 1 << i
				return i
			}
		}
		return -1
	}
	for k, w := range words {
		_, num := parseNumber(w)
		if !num && !numberWord(w) && !saidFigure(w) {
			continue
		}
		set(w)
		if k > 0 {
			prev := words[k-1]
			if (prev == "than" || prev == "of") && k > 1 {
				prev = words[k-2]
			}
			if roughWords[prev] || lowerBound[prev] || upperBound[prev] {
				set(prev)
			}
		}
		for _, next := range words[k+1 : min(len(words), k+3)] {
			switch {
			case next == "percent" || next == "cent" || next == "percentage" || next == "basis" || next == "point" || next == "points":
				set(next)
			case timeUnits[next] != "":
				// Checked with the figure, in any unit (durations.go),
				// where the window states the count of time.
				if i := set(next); i >= 0 {
					units |= 1 << i
				}
			case currencyByWord[next].mark != "":
				if i := set(next); i >= 0 {
					if currency == nil {
						currency = map[int]string{}
					}
					currency[i] = currencyByWord[next].mark
				}
			}
		}
	}
	// A number phrase's words ("twenty-second", "one point six") state
	// its figure.
	for _, p := range spelledPhrases(text) {
		for _, w := range numberWordRe.FindAllString(text[p.start:p.end], -1) {
			set(w)
		}
	}
	// A clock time's words ("in the evening", "o'clock") state its
	// figure.
	for _, t := range clockTimes(text) {
		for _, w := range strings.Fields(text[t.start:t.end]) {
			set(w)
		}
	}
	// "First" and "second" as the day of a date ("the first of
	// March", "March second") state the day's figure.
	for k, w := range words {
		if compoundOrdinal(w) > 0 && dayOfDate(words, k) {
			set(w)
		}
	}
	return mask, units, currency
}

// dayOfDate reports whether the word at words[k] (lower-case tokens) is
// the day of a date: before "of" and a month, or after a month.
func dayOfDate(words []string, k int) bool {
	return k+2 < len(words) && words[k+1] == "of" && monthOf(words[k+2]) > 0 || k > 0 && monthOf(words[k-1]) > 0
}

// monthOf returns the number of a month by its lower-case name, or 0.
func monthOf(w string) int {
	if w == "" {
		return 0
	}
	return months[strings.ToUpper(w[:1])+w[1:]]
}

// figureCredit returns the claim's figure words a window states, given
// that its figures matched: all of them, but a currency word only where
// the window writes that currency's mark, and a unit of time only where
// the window states every count of time of the claim (times, with their
// other units).
func (e *Engine) figureCredit(c *claimInfo, window []int, times []timedFigure) uint64 {
	m := c.figMask
	if c.unitMask != 0 {
		for _, ct := range c.times {
			if !timeStated(c.times, ct.v, times) {
				m &^= c.unitMask
				break
			}
		}
	}
	for i, mark := range c.currency {
		found := false
		for _, id := range window {
			found = found || strings.Contains(e.art.Sentences[id].Text, mark)
		}
		if !found {
			m &^= 1 << i
		}
	}
	return m
}
