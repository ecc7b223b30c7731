package answer

import "regexp"

// A year's figure is not a quarter's: "What revenue does the firm expect
// for the full year?" is not answered by "revenue of $40 million for the
// quarter", nor "What is the club's annual budget?" by what it spent in
// one month. A question that asks for a whole year's figure needs a text
// that speaks of a whole year.

var (
	// fullYearQ asks for a whole year's figure.
	fullYearQ = regexp.MustCompile(`(?i)\b(full[- ]year|annual|whole[- ]year|for the year|yearly)\b`)
	// fullYearRe marks a text that gives one: "full-year", "annual", "a
	// year", "each year", "12 months".
	fullYearRe = regexp.MustCompile(`(?i)\b(full[- ]year|annual(ly)?|whole[- ]year|for the year|yearly|(a|per|each|every|this|the) year|(twelve|12) months|fiscal year|financial year)\b`)
	// yearAgoRe is a comparison with a year before, which says nothing
	// of a year's figure: "higher than a year ago".
	yearAgoRe = regexp.MustCompile(`(?i)\b(a|the) year (earlier|ago|before|after|later|-ago)\b|\bthe year-ago\b`)
)

// fullYearMissing reports whether q asks for a whole year's figure and
// the text (a candidate's sentence and its neighbours) never speaks of a
// whole year.
func fullYearMissing(q, text string) bool {
	return fullYearQ.MatchString(q) && !fullYearRe.MatchString(yearAgoRe.ReplaceAllString(text, ""))
}
