package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// placePrep is a preposition that makes a name a place qualifier: "in
// Osaka", "across the Midlands", "at Heathrow".
var placePrep = regexp.MustCompile(`(?i)\b(in|at|across|throughout|inside|outside|within)\s+(?:the\s+)?$`)

// placeOfFigure reports whether a question asks for a figure or a date
// (how many, how much, when, how long …) in or at a place the article
// never mentions, named by missing: a figure the article gives is then
// another place's.
func placeOfFigure(q, missing string) bool {
	switch questionType(q) {
	case numberType, timeType, durationType, lengthType:
	default:
		if !howMuchQ.MatchString(whPhrase(q)) {
			return false
		}
	}
	i := strings.Index(q, missing)
	return i > 0 && placePrep.MatchString(q[:i])
}

// placeNameRe finds a capitalised name after a place preposition in a
// question: "in Ostrava Gardens", "at the Mill Lane depot".
var placeNameRe = regexp.MustCompile(`\b(?:in|at|across|throughout|inside|outside|within)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\d’'-]*)(?:\s+\p{Lu}[\p{L}\d’'-]*)*)`)

// placeAway reports whether a figure question names a place ("How many
// people live in Ostrava Gardens?") that the text around the figure never
// names: a figure beside another place ("Kelby, a town of 12,000")
// is that place's. A month or a day after "in" is a time, weighed
// by periodMissing.
func placeAway(q, text string) bool {
	have := termSet(text)
	for _, m := range placeNameRe.FindAllStringSubmatch(q, -1) {
		for _, w := range strings.Fields(m[1]) {
			if lexicon.Temporal.Has(w) || lexicon.CalendarWord(w) {
				break
			}
			ts := retrieval.Terms(w)
			if len(ts) == 1 && !have[ts[0]] {
				return true
			}
		}
	}
	return false
}

// figureAsked reports whether a question of this type asks for a figure
// or a date: a number, a time, a span, an age or a length.
func figureAsked(want answerType) bool {
	switch want {
	case numberType, timeType, durationType, ageType, lengthType:
		return true
	}
	return false
}
