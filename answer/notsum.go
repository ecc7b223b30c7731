package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
)

// "How many" asks for a count: a sum of money in the sentence ("refunded
// £4,950") is not one, however near the question's words it stands. "How
// many pounds did the repairs cost?" names its currency and asks for a
// sum after all.

var (
	// howManyQ opens a question that asks for a count.
	howManyCountQ = regexp.MustCompile(`(?i)^\s*how many\b`)
	// currencyNounRe is a currency the question counts in.
	currencyNounRe = regexp.MustCompile(`(?i)\b(` + lexicon.CurrencyNounPattern() + `|lakhs?|crores?|bucks)\b`)
	// sumTailRe is the rest of a figure a sum's pattern stops inside:
	// "£4" of "£4,950", and its scale ("£2.1 million", "$3bn").
	// countingScaleRe is a figure in lakhs or crores, which count
	// anything, not only rupees.
	countingScaleRe = regexp.MustCompile(`(?i)^\d[\d.,]*\s(lakh|crore)$`)
	sumTailRe       = regexp.MustCompile(`^[\d.,]*(\s?(million|billion|trillion|thousand|m|bn|k)\b)?`)
)

// countsOnly reports whether question q asks for a count that a sum of
// money cannot give.
func countsOnly(q string) bool {
	wh := whPhrase(q)
	return howManyCountQ.MatchString(wh) && !currencyNounRe.MatchString(q)
}

// sumSpans returns the spans of the sums of money in a sentence, each
// figure whole.
func sumSpans(s string) [][]int {
	var out [][]int
	for _, m := range moneyRe.FindAllStringIndex(s, -1) {
		if countingScaleRe.MatchString(s[m[0]:m[1]]) {
			continue // "2.85 lakh shareholders" counts them
		}
		end := m[1] + len(sumTailRe.FindString(s[m[1]:]))
		out = append(out, []int{m[0], end})
	}
	return out
}

// agesIn returns the spans of the ages a sentence gives, less the month
// or day before a count that reads like "Name, 68,": "Since September, 23
// readers have written in" counts readers.
func agesIn(s string) [][]int {
	var out [][]int
	for _, m := range ageRe.FindAllStringIndex(s, -1) {
		first, _, _ := strings.Cut(s[m[0]:m[1]], ",")
		if lexicon.CalendarWord(first) {
			continue
		}
		out = append(out, m)
	}
	return out
}
