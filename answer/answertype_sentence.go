package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
)

// The patterns below find in a sentence a thing of the kind a question
// asks for (answertype.go).
var (
	// reasonRe matches the words that give a cause or a purpose.
	// "…, which is why" gives the cause before it.
	reasonRe = regexp.MustCompile(`(?i)\b(because|since|(which|that|this) (is|was) why|that[’']s why|after|as a result|due to|owing to|blam(e|es|ed|ing)|thanks to|so that|in order to|amid|over|led to|caused|reasons?|(helped|driven|fuell?ed|hit|hurt) by|benefit(ed|ted)? from|to (avoid|keep|protect|prevent|make|help|stop|ensure|give|allow))\b`)
	// placeRe is a place: a preposition of place or a compass bearing
	// ("4 miles west of Port Quillon") and a name, after up to two
	// lower-case words behind "the" or "a" ("at the old Morvane boatyard").
	placeRe  = regexp.MustCompile(`\b(in|at|to|from|near|inside|outside|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+((?:the|a|an)\s+(?:\p{Ll}+\s+){0,2})?(\p{Lu}[\p{L}’'-]+)`)
	timeRe   = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|today|tonight|tomorrow|yesterday|(next|last|this) (week|month|year|season)|(19|20)\d\d|noon|midnight|midday)\b|\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s?\d|\b\d{1,2}([:.]\d\d)?\s?(a\.m\.|p\.m\.|am\b|pm\b)|` + periodTimes)
	numberRe = regexp.MustCompile(`(?i)(\d|\b(` + writtenNumbers + `|half|third|quarter|fifth|dozen|dozens)\b)`)
	// cardinalRe is a number that counts: not a fraction ("half their
	// households") nor a percentage ("18 per cent of mothers"). A
	// written number from 21 to 99 is hyphenated ("forty-one"), one word.
	cardinalRe = regexp.MustCompile(`(?i)^(\d[\d,.]*|(` + writtenNumbers + `)(-(` + writtenNumbers + `))*|dozens|scores)$`)
	// lengthRe is a figure with a unit of length: "9.6 feet", "a 14-metre
	// core", "two miles", "12km"; "3m" only before its dimension ("3m
	// deep"), since "£3m" is three million.
	lengthRe = regexp.MustCompile(`(?i)(\d[\d.,]*|\b(` + writtenNumbers + `|a|an))[\s-]+(nautical\s+)?(inches|inch|feet|foot|ft|yards?|miles?|meters?|metres?|kilometers?|kilometres?|km|m|centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|storeys?|stories|floors)\b|\d(km|cm|mm|ft)\b|\d[\d.,]*m\s+(deep|high|tall|long|wide|thick)\b`)
	// ageRe is an age: "aged 78", "a 40-year-old", "78 years old", "at
	// the age of 78", "died at 78", "Maria Gonzalez, 68,", "Ray Lee Jr., 34,", "At 61, Ruiz
	// …" (a name or a pronoun after it; "At 6, the doors …" is a time),
	// "She is 52.", "He turns ninety-one now." (not "since he was nine", an
	// age at another time), "…, who is now 88 and runs …", and after a
	// name's bracketed aside, "Ana Ruiz (known as Nana), 34,".
	ageRe = regexp.MustCompile(`(?i)\b(aged?\s+(of\s+)?\d+|\d+[\s-]years?[\s-]old|(\d+|` + writtenNumbers + `)[\s-]+(years?|months?|decades?|centur(y|ies))\s+old|(died|dies|retired|started|began|joined|left)\s+at\s+\d+)\b|\p{Lu}\p{Ll}+(\s(jr|sr)\.?|\s(ii|iii|iv))?,\s\d{1,3}(,|\s|\.|$)|\bat\s+\d{1,3},\s+(?-i:\p{Lu}|she\b|he\b)|\b(he|she|i|who)\s+(is|turned|turns)\s+(now\s+)?(\d{1,3}|(` + writtenNumbers + `)(-(` + writtenNumbers + `))?)(\s+now)?([.,;]|\s+and\b)|\([^()]{1,40}\),\s\d{1,3},`)
	// numberUnitRe is a number with its unit: "1.2 miles", "30 days",
	// "two decades".
	numberUnitRe = regexp.MustCompile(`(?i)(\d[\d.,]*|\b(` + writtenNumbers + `|a|an))[\s-]+(more\s+|extra\s+|additional\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(y|ies)|inches|inch|feet|foot|ft|yards?|miles?|meters?|metres?|kilometers?|kilometres?|km|m)\b`)
	// durationRe is a stretch of time: a figure with its unit, or "since"
	// and when it began, which answers "How long has …?" ("since 2009",
	// "since last spring").
	// A document's length is given in pages or words: "a 23-page
	// ruling", "the report runs to 84 pages" answer "How long was the
	// ruling?". Listings abbreviate the units of time, often without a
	// space: "2hrs 40mins", "90 min", "1hr". Or when it ends (spanned.go).
	durationRe = regexp.MustCompile(numberUnitRe.String() + `|(?i)\b\d[\d.]*\s?(hrs?|mins?|secs?)\b|(?i)(\d[\d,]*|\b(` + writtenNumbers + `))[\s-]+(pages?|words)\b|(?i)\bsince\s+(the\s+)?(early\s+|late\s+|mid-?)?((19|20)\d\d|(last\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(last|this) (week|month|year|season))\b` + `|` + untilSpan)
	personRe   = regexp.MustCompile(`\p{Lu}\p{Ll}+(\s+(\p{Lu}\.|\p{Lu}\p{Ll}+|von|van|de|der|al))*\s+\p{Lu}\p{Ll}+`)
)

// periodTimes are the parts of a year or of a match that business and
// sport date things by: a fiscal year ("FY29", "FY 2027"), a quarter ("Q3",
// "the first quarter of"), a half ("in the second half").
const periodTimes = `\bFY\s?\d{2,4}\b|\bQ[1-4]\b|(?i)\b(first|second|third|fourth|final|last)\s+(quarter|half)\b`

// writtenNumbers are the cardinal numbers written out, for the patterns
// above.
const writtenNumbers = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions`

// dateYearRe is four digits from 1900 to 2099 without a thousands comma, or
// a decade ("the 1990s"), and the word after it.
var dateYearRe = regexp.MustCompile(`\b(?:19|20)\d\d(?:s|’s|'s)?\b(\s+\p{Ll}+)?`)

// whileRe is how long something went on or how long ago: "for three
// years", "for nearly six weeks", "two days later", "a decade ago".
var whileRe = regexp.MustCompile(`(?i)\bfor\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+)?(?:\d[\d,.]*|` + writtenNumbers + `)[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b|\b(?:\d[\d,.]*|` + writtenNumbers + `)[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+(?:later|ago|earlier)\b`)

// yearSpans returns the spans of the years in a sentence that stand as
// dates ("due to open in March 2029"), not as counts: a number followed by
// a plural noun counts it ("1998 votes") unless a subordinator of time
// stands before it ("Since 2011 stalls have opened …", noncount.go).
func yearSpans(s string) [][]int {
	var out [][]int
	for _, m := range dateYearRe.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 && !afterSubordinator(s, m[0]) {
			next := s[m[2]:m[3]]
			if w := strings.TrimSpace(next); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (lexicon.Noun(w).Noun || lexicon.Noun(strings.TrimSuffix(w, "s")).Noun) {
				continue
			}
		}
		end := m[1]
		if m[2] >= 0 {
			end = m[2]
		}
		out = append(out, []int{m[0], end})
	}
	return out
}

// hasAnswerType reports whether a sentence holds something of kind t that
// the question does not already name.
func hasAnswerType(t answerType, q, sentence string) bool {
	inQ := func(s string) bool { return strings.Contains(strings.ToLower(q), strings.ToLower(s)) }
	switch t {
	case placeType:
		for _, m := range placeRe.FindAllStringSubmatch(sentence, -1) {
			if !inQ(m[3]) && !timeRe.MatchString(m[3]) {
				return true
			}
		}
	case timeType:
		for _, m := range timeRe.FindAllString(sentence, -1) {
			if !inQ(m) {
				return true
			}
		}
	case numberType:
		ages := agesIn(sentence, false)
		years := append(yearSpans(sentence), datePartSpans(sentence)...)
		years = append(years, pronounOnes(sentence)...) // noncount.go
		if howMuchIsQ.MatchString(whPhrase(q)) {
			// "How much was the award?" — "shut for eighteen months
			// before an award" is how long something went on, not an
			// amount ("a delay of three hours" is one).
			years = append(years, whileRe.FindAllStringIndex(sentence, -1)...)
		}
		if countsOnly(q) {
			years = append(years, sumSpans(sentence)...) // notsum.go
		}
		for _, m := range numberRe.FindAllStringIndex(sentence, -1) {
			// A number the question already gives ("Fifth Street",
			// "No. 9") is not its answer, nor is someone's age
			// ("Mirecki, 41, was pouring tea"), a year ("due to open
			// in March 2029") or a day or an hour ("until 18 January",
			// "at 4pm"; dateparts.go) a count or an amount.
			if !inQ(sentence[m[0]:m[1]]) && !within(m, ages) && !within(m, years) {
				return true
			}
		}
	case ageType:
		for _, m := range agesIn(sentence, thingAged(q)) {
			if !inQ(sentence[m[0]:m[1]]) {
				return true
			}
		}
	case durationType, lengthType:
		for _, m := range typePattern[t].FindAllString(sentence, -1) {
			since, until := strings.HasPrefix(strings.ToLower(m), "since"), untilRe.MatchString(m)
			if since && !howLongSinceQ.MatchString(q) || until && howLongSinceQ.MatchString(q) {
				continue // "since 2009" says how long something has gone on, not how long it takes
			}
			if !inQ(m) {
				return true
			}
		}
	case personType:
		for _, m := range personRe.FindAllString(sentence, -1) {
			if !inQ(m) {
				return true
			}
		}
	case reasonType:
		return len(reasonsIn(sentence)) > 0
	}
	return false
}

// moneyRe matches a sum of money: "$4.1 million", "£40", "62 cents",
// "1.2 billion kroner", and in Indian English "Rs 64 crore", "₹12 lakh"
// (a lakh or a crore is only ever counted in rupees); the East African
// shilling's "Shs1.5 billion" and "KES 500", the cedi's "GH¢25" or "GH₵25"
// and the other ISO codes written before a figure ("UGX", "ZAR", "NGN").
// Written out too: "eighty thousand euros", "millions of dollars".
var moneyRe = regexp.MustCompile(currencyLetters + `|(?i)[$£€¥₹₱₦¢₵]\s?\d|\b(php|ksh|shs?|ush|ugx|kes|tzs|ghs|zar|ngn|rm|rp)\s?\d|\b(rs\.?|inr)\s?\d|\d[\d.,]*\s(lakh|crore)\b|\d[\d.,]*\s?(` + lexicon.CurrencyNounPattern() + `|p\b)\b|\b\d[\d.,]*\s?(million|billion|trillion)\s+(dollars?|pounds?|euros?|kroner)|\b(` + writtenNumbers + `|a|several|tens|trillions?)([\s-]+(` + writtenNumbers + `))*\s+(of\s+)?(` + lexicon.CurrencyNounPattern() + `)\b`)

// currencyLetters is a sum after a one-letter currency sign, as the
// Philippine peso ("P18.6 million", "P40 a kilo", "P85,000"), the rand
// ("R2 billion") and the naira ("N500,000") are written: a capital letter
// and a figure with a scale, a thousands comma or space ("R45 000", the
// rand's house style) or a unit price after it,
// which a road, a form or a grade ("the N5", "a P45") does not have; or
// after a three-letter code, with a scale ("NOK 40 million").
const currencyLetters = `\b[PRNK]\d[\d.]*(\s(million|billion|thousand|trillion)\b|m\b|bn\b|\s(a|per|each|an)\s)|\b[PRNK]\d{1,3}([,\x{202F}\x{A0} ]\d{3})+\b|\b[A-Z]{3}\s\d[\d.]*\s(million|billion|trillion)\b`

// hasMoney reports whether a sentence states a sum of money.
func hasMoney(s string) bool { return moneyRe.MatchString(s) }

// perfectRe is a perfect tense, after which "since" tells from when, not
// why: "has been closed since a dispute flared".
var perfectRe = regexp.MustCompile(`(?i)\b(has|have|had|'s|’s)\s+(been|\p{L}+ed)\b`)

// reasonsIn returns the offsets of the sentence's words that give a cause
// or a purpose, less a "since" of time: after a perfect tense in its
// clause, or before a date ("since 1980").
func reasonsIn(s string) [][]int {
	var out [][]int
	for _, m := range reasonRe.FindAllStringIndex(s, -1) {
		if strings.EqualFold(s[m[0]:m[1]], "since") {
			clause := s[:m[0]]
			if k := strings.LastIndexAny(clause, ",;:"); k >= 0 {
				clause = clause[k+1:]
			}
			if perfectRe.MatchString(clause) || timeRe.MatchString(prefixWords(s[m[1]:], 3)) {
				continue
			}
		}
		out = append(out, m)
	}
	return append(out, consequences(s)...) // consequence.go
}

// prefixWords returns the first n words of s.
func prefixWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// within reports whether span m lies inside one of spans.
func within(m []int, spans [][]int) bool {
	for _, s := range spans {
		if m[0] >= s[0] && m[1] <= s[1] {
			return true
		}
	}
	return false
}
