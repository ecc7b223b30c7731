package answer

import "regexp"

// A number that names a day of a month ("until 18 January", "by Dec. 15",
// "on March 3rd") or a time of day ("at 4pm", "6 a.m.") is part of a date
// or a time: it counts nothing and measures nothing, so it answers no
// "how many" or "how much" question.

// dayOfMonthRe is a day beside its month, either way round.
var dayOfMonthRe = regexp.MustCompile(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:` + monthWords + `)\b|\b(?:` + monthWords + `)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`)

// clockRe is a time of day: "4pm", "6 a.m.", "10.30am", "14:00".
var clockRe = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d\b`)

// monthWords are the months, in full and abbreviated.
const monthWords = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`

// datePartSpans returns the spans of a sentence's days of a month and
// times of day.
func datePartSpans(s string) [][]int {
	return append(dayOfMonthRe.FindAllStringIndex(s, -1), clockRe.FindAllStringIndex(s, -1)...)
}
