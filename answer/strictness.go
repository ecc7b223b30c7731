package answer

import "regexp"

// When what a question asks for must stand beside its head words, and
// when a cause may come in the next sentence.

// minCauseNextCoverage is how much of the question's focus a sentence
// must hold for the cause in the next sentence to count: it must state the
// asked event itself.
const minCauseNextCoverage = 0.6

// causeFollows reports whether the next sentence of the candidate's
// paragraph gives a cause or a purpose.
func (e *Engine) causeFollows(c candidate) bool {
	id := c.sent.ID + 1
	if id >= len(e.art.Sentences) || e.art.Sentences[id].Para != c.sent.Para {
		return false
	}
	return len(reasonsIn(e.art.Sentences[id].Text)) > 0
}

// strictAttachment reports whether a question's kind of answer means
// nothing away from its head: a count must count the asked noun, a length
// must be in the asked dimension, a reason must be the asked event's.
func (f focus) strictAttachment(want answerType, q string) bool {
	if f.money {
		// A sum beside neither the thing that costs nor a money word of
		// the question is some other sum: "$40 million testing the water"
		// is not what a water meter costs.
		return true
	}
	if _, counted := f.heads(q); (len(counted) > 0 || countsPeople(q)) && want == numberType {
		return true
	}
	if want == timeType && speechQuestion.MatchString(questionVerb(q)) {
		return true // the date of the saying
	}
	if want == numberType && howMuchIsQ.MatchString(whPhrase(q)) {
		// "How much is the foundation's grant?" asks the value of the
		// grant: a figure away from it ("forty boreholes … funded by a
		// grant") is not its size.
		return true
	}
	return want == lengthType || want == reasonType
}

// howMuchIsQ is a copular "how much" question, which asks the value of
// its subject: "How much is the grant?", "How much was the fine?".
var howMuchIsQ = regexp.MustCompile(`(?i)^\s*how much\s+(is|was|are|were|will\s+be)\s+(the|a|an|his|her|its|their|\p{Lu})`)
