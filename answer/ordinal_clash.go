package answer

import (
	"strconv"
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// A rank in a series is part of what a question asks: "When did the
// second hearing end?" is not answered by a passage about the first
// hearing, nor "How many votes did the fourth-placed candidate get?" by
// the winner's tally. The rank must be stated near the answer, in any of
// the forms English writes it: "second", "2nd", "runner-up", or the noun
// with a number after it ("round two", "Stage 4"). "First" and "last" are
// the two ends of a series, weighed by orderClash (order.go).

// askedRank is a rank a question asks about and the word after it.
type askedRank struct {
	n    int
	noun string
}

// rankTokens splits a text into lower-case runs of letters and digits:
// "fourth-placed" is "fourth" and "placed", "Okonjo's" is "okonjo" and
// "s".
func rankTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), rankSplit)
}

// rankSplit separates the words rankTokens reads: anything but letters
// and digits.
func rankSplit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// askedRanks returns the ranks from the second up that a question asks
// about. A rank that dates ("the second of March", "March 2nd"), counts
// occasions ("for the third time") or is part of a name ("Third Street",
// capitalised after the question's first word) is no rank in a series.
func askedRanks(q string) []askedRank {
	var out []askedRank
	words := strings.FieldsFunc(q, rankSplit)
	ws := rankTokens(q)
	for i, w := range ws {
		n, ok := lexicon.Ordinal(w)
		if !ok || n < 2 {
			continue
		}
		if i > 0 && unicode.IsUpper([]rune(words[i])[0]) {
			continue
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if next == "of" || next == "time" || next == "times" || lexicon.CalendarWord(next) || i > 0 && lexicon.CalendarWord(ws[i-1]) {
			continue
		}
		out = append(out, askedRank{n, next})
	}
	return out
}

// rankStated reports whether a text states rank n, of the noun when it is
// numbered after it: "second", "2nd", "second-placed", "runner-up" for
// the second, "round two" or "round 2" for the second round.
func rankStated(text string, r askedRank) bool {
	ws := rankTokens(text)
	for i, w := range ws {
		if m, ok := lexicon.Ordinal(w); ok && m == r.n {
			return true
		}
		if r.n == 2 && (w == "runner" || w == "runners") && i+1 < len(ws) && ws[i+1] == "up" {
			return true
		}
		if r.noun != "" && i+1 < len(ws) && (w == r.noun || w == r.noun+"s") && cardinalIs(ws[i+1], r.n) {
			return true
		}
	}
	return false
}

// cardinalIs reports whether w is the number n in digits or in words.
func cardinalIs(w string, n int) bool {
	if v, err := strconv.Atoi(w); err == nil {
		return v == n
	}
	return spelledNumbers[w] == float64(n)
}

// ordinalClash reports whether the question asks about a rank in a
// series that the candidate's sentence and its paragraph neighbours never
// state.
func (e *Engine) ordinalClash(q string, c candidate) bool {
	ranks := askedRanks(q)
	if len(ranks) == 0 {
		return false
	}
	window := e.windowText(c)
	for _, r := range ranks {
		if !rankStated(window, r) {
			return true
		}
	}
	return false
}
