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

// agesIn returns the spans of the ages a sentence gives, less the figures
// after a comma that read like "Name, 68," and are not ages: a count
// after a month or a day ("Since March, 41 listeners have phoned
// in"), a distance or a measure after a place ("from Hale Station, 22
// kilometres away"); with thing, the ages only a person has (thingAged).
func agesIn(s string, thing bool) [][]int {
	var out [][]int
	for _, m := range ageRe.FindAllStringIndex(s, -1) {
		first, _, _ := strings.Cut(s[m[0]:m[1]], ",")
		if lexicon.CalendarWord(first) || unitAfterRe.MatchString(s[m[1]:]) || thing && personAgeRe.MatchString(s[m[0]:m[1]]) {
			continue
		}
		out = append(out, m)
	}
	if thing {
		out = append(out, thingAgeRe.FindAllStringIndex(s, -1)...)
	}
	return out
}

// thingAgeRe is how old a thing is, said in ways a person's age is not:
// the length of its history ("in the society's 140-year history") or how
// long ago it began ("began forming at least 9,000 years ago", "was
// founded 60 years ago"). "She started work 20 years ago" is no age of
// hers, so these count only for a thing (thingAged).
var thingAgeRe = regexp.MustCompile(`(?i)\b(\d[\d,]*|` + writtenNumbers + `)[\s-]years?[\s-](history|existence)\b|\b(began|begun|started|formed|founded|built|established|opened|dates\s+back|dating\s+back)\s+(\p{Ll}+ing\s+)?((at\s+least|about|some|more\s+than|nearly|almost|around|roughly|over)\s+)?(\d[\d,]*|` + writtenNumbers + `)\s+years\s+ago\b`)

// unitAfterRe is a unit of measure right after a figure.
var unitAfterRe = regexp.MustCompile(`(?i)^\s*(nautical\s+|square\s+|cubic\s+)?(kilomet|km\b|kms\b|miles?\b|met(re|er)s?\b|m\b|feet\b|foot\b|ft\b|yards?\b|inch|centimet|cm\b|millimet|mm\b|hectares?\b|acres?\b|tonnes?\b|tons?\b|kilos?\b|kg\b|pounds?\b|lbs?\b|per\s?cent|%|percent)`)

// howOldThingQ asks the age of what it names after "how old is": "How old
// is the pier's clock?".
var howOldThingQ = regexp.MustCompile(`(?i)^\s*how old (is|are|was|were) (the |its |their |this |that )?([\p{Ll}’' -]+)\?*\s*$`)

// personAgeRe is an age said only of a person: "Ruiz, 61,", "at 61,
// Ruiz", "she is 61".
var personAgeRe = regexp.MustCompile(`(?i)^(\p{Lu}\p{Ll}+,\s\d|at\s+\d|(he|she|i|who)\s|\()`)

// thingAged reports whether a question asks how old a thing is, in lower
// case words only (no name) whose last is no person noun: a person's age
// ("Ruiz, 61,") is not the age of the pier's clock.
func thingAged(q string) bool {
	m := howOldThingQ.FindStringSubmatch(whPhrase(q))
	if m == nil {
		return false
	}
	ws := strings.Fields(strings.NewReplacer("’s", "", "'s", "").Replace(m[3]))
	if len(ws) == 0 {
		return false
	}
	head := ws[len(ws)-1]
	for _, form := range []string{head, strings.TrimSuffix(head, "s")} {
		if k := lexicon.Noun(form); k.Noun {
			return !k.Person
		}
	}
	return false
}
