package answer

import (
	"regexp"
	"strings"
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
