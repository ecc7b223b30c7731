package answer

import "regexp"

// forSpanRe is a stretch of time the clause's own event lasts: "for
// nearly three hours", "for 11 days", "for at least ten more years", "for
// \"at least 30 days\"". A span after "for" is how long the verb before it
// went on, whatever that verb is; so is when it lasts until
// (untilSpan).
var forSpanRe = regexp.MustCompile(`(?i)\bfor\s+["“]?((at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to|nearly|almost|about|around|roughly|some|another|over|just|only|barely|close\s+to|the\s+(next|past|last|first))\s+)*(\d[\d.,]*|(` + writtenNumbers + `|a|an)([\s-]+(` + writtenNumbers + `))*)[\s-]+(more\s+|further\s+|extra\s+|additional\s+)?(minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(y|ies)|fortnights?)\b`)

// spannedEvent reports whether a sentence answers a how-long question
// in other words than its verb: "How long did the manager testify?" —
// "She spoke to reporters for close to an hour". How long something
// lasted is said with a verb of the writer's choosing ("appeared before
// the committee", "will not run", "keep the park open") far more often
// than with the question's; the span after "for" is the clause's own,
// so when the sentence is about the question's subject (its named people
// or organisation, or some of its focus words) the verb's absence is not
// held against it.
func spannedEvent(f focus, c candidate, covered bool) bool {
	if !forSpanRe.MatchString(c.sent.Text) && !untilAnyRe.MatchString(c.sent.Text) {
		return false
	}
	return covered || len(f.entity) > 0 && f.aboutEntity(c)
}

// untilSpan is when a stretch of time ends, which answers "How long will
// …?" as well as a count of days does: "will stay on site through
// Friday", "would run until the end of June", "closed till
// next spring". Not a perfect-tense question's ("How long has the road
// been closed?" asks from when), which hasAnswerType leaves to "since".
const untilSpan = `(?i)\b(until|till|through)\s+(at\s+least\s+|about\s+|around\s+)?(the\s+(end|middle|start|beginning)\s+of\s+)?(next\s+|this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|week|month|year|season|weekend|midnight|noon|(19|20)\d\d)\b`

// untilRe is untilSpan alone; untilAnyRe finds it in a sentence.
var (
	untilRe    = regexp.MustCompile(`^` + untilSpan)
	untilAnyRe = regexp.MustCompile(untilSpan)
)
