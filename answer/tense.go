package answer

import (
	"regexp"

	"articlebot/lexicon"
)

// A question's tense against a sentence's: "When will the results be
// published?" is not answered by "The findings, published on Wednesday",
// nor "What sentence did he receive?" by "He is due to be sentenced".

var (
	// futureObjectQ asks for the object of what someone will do: "What
	// will the panel recommend?", "What is the board going to decide?".
	futureObjectQ = regexp.MustCompile(`(?i)^\s*what\s+(will|shall|(is|are)\s+(\S+\s+){1,4}?going\s+to)\b`)
	futureQ       = regexp.MustCompile(`(?i)\b(will|shall|going to|plans? to|planning to|intends? to)\b`)
	pastQ         = regexp.MustCompile(`(?i)^\s*(\p{L}+\s+){0,3}?(did|was|were|had)\b`)
	// plannedRe marks a sentence that speaks of what is still to come.
	plannedRe = regexp.MustCompile(`(?i)\b(will|would|shall|going to|plans? to|planned to|planning to|intends? to|expects? to|expected to|(is|are|was|were) (due|set|scheduled) to|scheduled for|next (week|month|year|season)|later this|aims? to|hopes? to|could|may|might)\b|['’]ll\b`)
	// happenedRe marks a sentence that reports what happened: a past or
	// perfect verb not governed by "will", "to" or a form of "be".
	happenedRe = regexp.MustCompile(`(?i)\b(was|were|had|did)\b|\b\p{L}{3,}ed\b`)
)

// tenseClash reports whether a sentence speaks of another time than the
// question: a question about what will happen answered by a sentence
// that only reports what happened ("When will the results be published?"
// — "The findings, published on Wednesday …"), or a question about what
// happened answered by a plan ("What sentence did he receive?" — "He is
// due to be sentenced in September").
func tenseClash(q, s string) bool {
	switch {
	case futureQ.MatchString(q):
		return !plannedRe.MatchString(s) && happenedRe.MatchString(s)
	case pastQ.MatchString(q):
		return plannedRe.MatchString(s) && !happenedRe.MatchString(withoutReporting(s))
	}
	return false
}

// reporting reports whether word is a verb of saying (lexicon.SpeechVerbs,
// or a frame verb such as "called" or "described"): past in form whatever
// the tense of what it reports.
func reporting(word string) bool {
	return lexicon.SpeechVerbs.HasLower(word) || lexicon.FrameVerbs.HasLower(word)
}

// letterRunRe splits a sentence into its words for withoutReporting.
var letterRunRe = regexp.MustCompile(`\p{L}+`)

// governedRe is a participle a future or a passive governs ("to be
// fined", "will be repaired"), not a report of what happened.
var governedRe = regexp.MustCompile(`(?i)\b(be|been|being|to|will|would)\s+\p{L}+ed\b`)

func withoutReporting(s string) string {
	s = letterRunRe.ReplaceAllStringFunc(s, func(w string) string {
		if reporting(w) {
			return ""
		}
		return w
	})
	return governedRe.ReplaceAllString(s, "")
}

// futureObject reports whether a question asks for the object of what
// someone will do ("What will the panel recommend?", "What will the
// board decide in May?"), not for the end of a change ("What will the
// levy fall to?", where "what" belongs to the stranded preposition).
func futureObject(q string) bool {
	if !futureObjectQ.MatchString(q) {
		return false
	}
	ws := questionTokens(q)
	return len(ws) > 0 && !lexicon.Prepositions.Has(ws[len(ws)-1])
}
