package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
)

// An answer type is what kind of thing a question asks for. A sentence that
// holds a thing of that kind (a place for "where", a date for "when", a
// number for "how many") is more likely to answer it than one that merely
// shares its words.
type answerType int

const (
	anyType answerType = iota
	placeType
	timeType
	numberType
	durationType
	personType
	reasonType
	// ageType is how old someone or something is ("how old"); lengthType
	// a height, depth, width or distance ("how tall", "how deep").
	ageType
	lengthType
)

var (
	whereQ = regexp.MustCompile(`(?i)^\s*(where\b|in (what|which) (city|country|place|town))`)
	whenQ  = regexp.MustCompile(`(?i)^\s*(when\b|(what|which) (day|date|year|month|week|time)\b)`)
	// howLongQ asks for a stretch of time, and so does "how much longer"
	// ("How much longer are journeys?": "adds 35 minutes to journeys").
	howLongQ = regexp.MustCompile(`(?i)^\s*how (long|much (longer|shorter|later|sooner))\b`)
	howOldQ  = regexp.MustCompile(`(?i)^\s*how old\b`)
	// howTallQ asks for a length in a dimension the answer must name
	// beside its figure: "how deep" is not answered by "a 14-metre core".
	howTallQ = regexp.MustCompile(`(?i)^\s*how (far|high|tall|deep|wide)\b`)
	howManyQ = regexp.MustCompile(`(?i)^\s*(how (many|much|big|large)\b|what (percentage|share|fraction|number)\b)`)
	// changeQ is a verb of rising or falling: with it, "how far" and "how
	// high" ask for the size of a change.
	changeQ = regexp.MustCompile(`(?i)\b(fall|falls|fell|fallen|drop|drops|dropped|rise|rises|rose|risen|climb|climbs|climbed|grow|grows|grew|grown|shrink|shrinks|shrank|shrunk|decline|declines|declined|slide|slides|slid|slump|slumped|jump|jumped|sink|sank|sunk|plunge|plunged|soar|soared|increase|increased|decrease|decreased)\b`)
	whoQ    = regexp.MustCompile(`(?i)^\s*(who\b|whom\b|what (is|was|are|were) the names? of\b)`)
	whichQ  = regexp.MustCompile(`(?i)^\s*(which|what)\s+(\p{L}+)`)
	whyQ    = regexp.MustCompile(`(?i)^\s*(why\b|what (caused|led to|drove)\b)`)
	// howLongSinceQ asks how long something has gone on: a perfect tense.
	howLongSinceQ = regexp.MustCompile(`(?i)^\s*how long\s+(has|have|had)\b`)
)

// leadingPrep is a preposition before a question's wh-word ("By how much
// …?", "In what year …?", "To whom …?", "Since when …?"): the wh-phrase
// behind it says what kind of answer is wanted.
var leadingPrep = regexp.MustCompile(`(?i)^\s*(by|in|on|at|for|to|from|since|until|till|after|before|during|within|under|over|of|with)\s+(how|what|which|who|whom|when|where)\b`)

// whPhrase returns a question from its wh-word on, a leading preposition
// dropped.
func whPhrase(q string) string {
	if m := leadingPrep.FindStringSubmatchIndex(q); m != nil {
		return q[m[4]:]
	}
	return q
}

// questionType classifies a question by the kind of answer it wants.
func questionType(q string) answerType {
	q = whPhrase(q)
	switch {
	case whereQ.MatchString(q):
		return placeType
	case whenQ.MatchString(q):
		return timeType
	case howLongQ.MatchString(q):
		return durationType
	case howOldQ.MatchString(q):
		return ageType
	case howTallQ.MatchString(q) && changeQ.MatchString(q):
		// "How far did shares fall?" asks by how much: "fell 6
		// percent", "fallen by 23 feet" need no word for the dimension.
		return numberType
	case howTallQ.MatchString(q):
		return lengthType
	case howManyQ.MatchString(q):
		return numberType
	case whoQ.MatchString(q) || nameOfQ.MatchString(q):
		return personType
	case whyQ.MatchString(q):
		return reasonType
	}
	// "Which company …", "Which lawmaker …" ask for a name.
	if m := whichQ.FindStringSubmatchIndex(q); m != nil && !strings.HasPrefix(q[m[5]:], "-") {
		// "What nurse-to-patient ratio …" asks for a ratio: a word
		// hyphened to the next modifies it.
		w := strings.ToLower(q[m[4]:m[5]])
		if lexicon.OrgNouns.Has(w) || lexicon.IsRole(w) {
			return personType
		}
	}
	return anyType
}
