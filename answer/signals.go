package answer

import (
	"math"
	"strings"

	"articlebot/retrieval"
)

// signals returns the signal vector of one candidate sentence.
func (e *Engine) signals(q string, c candidate, f focus, want answerType, unseen int) [nSignals]float64 {
	var x [nSignals]float64
	x[0] = 1
	n := len(f.terms)
	miss := f.missingIn(c.terms)
	if n == 0 {
		x[1], x[2], x[12] = 1, 1, 1
	} else {
		x[1] = float64(n-miss) / float64(n)
		x[2] = float64(n-f.missingIn(e.paragraphTerms(c))) / float64(n)
	}
	x[3] = float64(miss)
	x[4] = float64(unseen)
	if c.dense > 0 {
		// Clipped: beyond a few deviations more similarity says little.
		x[5] = math.Max(-2, math.Min(8, e.index.DenseZ(c.dense)))
	}
	if verb := questionVerb(q); !(f.money && moneyVerb(verb)) {
		// A price's verb ("cost", "paid") is weighed by where the sum
		// stands, not by the word: "a $2.7 million project" costs.
		x[16] = f.eventAbsence(q, verb, c)
	}
	if x[16] == 1 && want == reasonType && len(reasonsIn(c.sent.Text)) > 0 && f.missingIn(c.terms) < len(f.terms) && f.aboutEntity(c) {
		// "Why did the dockers walk out?" — "stopped work because the
		// port will bring in driverless cranes": a reason given, in
		// other words, about the question's subject. A why-question's
		// verb is the part most often paraphrased, so its absence is
		// not held against such a sentence. Measured with `go run .
		// eval` (2026-11-30): six answerable why-questions answered
		// (heldout, blind, blind3, blind4, blind5 ×2), no unanswerable
		// answered in any group.
		x[16] = 0
	}
	if x[16] == 1 && want == durationType && c.holds && spannedEvent(f, c, f.missingIn(c.terms) < len(f.terms)) {
		x[16] = 0 // "How long did she testify?" — "appeared … for nearly three hours" (spanned.go)
	}
	noun := askedNoun(q)
	identity := want == personType || whichQ.MatchString(whPhrase(q)) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(whPhrase(q))), "which")
	typed := want != anyType || f.money || identity
	if typed {
		holds := want == anyType || c.holds ||
			want == personType && (e.namesAnother(c.sent, q) || f.roleIn(c.terms) || relativeIn(c.sent.Text) || doneBy(q, c.sent.Text))
		if identity && noun != "" && (want == anyType || nameOfQ.MatchString(q)) {
			// "Which cloud provider …?", "What is the name of the
			// patient who fell?": a name beside the provider, the
			// patient.
			holds = nameBeside(noun, q, c.sent.Text)
		}
		if f.money && !f.hasSum(c.sent.Text) {
			holds = false
			x[9] = 1
		}
		if f.money && f.addedTo(c.sent.Text) {
			holds = false // a sum on top of the asked price (addition.go)
		}
		if m := costToRe.FindStringSubmatch(q); f.money && m != nil && !particles[strings.ToLower(m[2])] && f.keyAbsence(m[1], c) == 1 {
			// "How much did the viaduct cost to build?": what repairs
			// to it cost is another price. A phrasal verb ("cost to
			// put together") has synonyms WordNet's table does not
			// keep ("assemble"): its absence says nothing.
			holds = false
		}
		if unit := rateUnit(q); unit != "" && (want == numberType || f.money) && !atRate(c.sent.Text, unit) {
			// "How many trucks use the avenue each day?": a figure
			// not given per day is not the answer.
			holds = false
		}
		if identity && otherSide(q, c.sent.Text) {
			// "Which trustees voted for the ban?" — "cast the only vote
			// against" names the other side.
			holds = false
		}
		if identity && (indefiniteHead(noun, q, c.sent.Text) || f.keyAbsence(noun, c) == 1) {
			// "Who is the customer …?" — "a large customer", or no
			// customer at all: the sentence does not say who.
			holds = false
		}
		if e.othersFigure(q, want, f, c, x[16] == 1) {
			holds = false // another place's, period's, decision's or deed's figure (figure_other.go)
		}
		if !e.amountOfKind(q, want, c, f) || !e.relativeKept(f, c) {
			holds = false // qualifier.go, kinship.go
		}
		if (want == numberType || want == timeType || f.money) && e.holderAbsent(q, f, c) {
			holds = false // another holder's figure or date (holder.go)
		}
		if want == timeType && !speechQuestion.MatchString(questionVerb(q)) && onlySayingTimes(c.sent.Text) {
			// "When will the mayor meet the company?" — "she said on
			// Wednesday that she had asked for a meeting" dates the
			// saying, not the meeting.
			holds = false
		}
		if x[16] == 1 && (want == timeType || want == personType) {
			// "When will the plant open?", "Who chaired the talks?": a
			// date or a name in a sentence without the asked event is
			// another event's.
			holds = false
		}
		if want == personType && agentless(q, c.sent.Text) || identity && unnamedDoer(q, c.sent.Text) {
			// "Who shut the valve?" — "the valve had been shut"
			// names no one who did it (agent.go); "a diver had
			// reported seeing it" does not name the diver (doer.go).
			holds = false
		}
		if holds {
			x[8] = f.attachment(want, q, c.sent.Text)
			if x[8] == 0 && f.strictAttachment(want, q) {
				// No count before the counted noun, no dimension beside
				// the length, the question's event only inside another's
				// cause: what is held is not what was asked for.
				holds = false
			}
		}
		if want == reasonType && !holds && x[16] == 0 && x[1] >= minCauseNextCoverage && e.causeFollows(c) {
			// "The talks nearly collapsed on Thursday. One delegation had
			// threatened to leave after a row over a clause": the asked
			// event, then its cause in the paragraph's next sentence.
			x[6], x[8] = 1, 0.5
		} else if holds {
			x[6] = 1
			if x[8] == 0 {
				x[15] = 1 // held, but beside none of the question's heads
			}
		} else {
			x[7] = 1
			x[8] = 0
		}
	}
	if !typed && (f.unseenValue(q) || fullYearMissing(q, e.windowText(c)) || !sumOfValue(f.wants.valueNoun, c.sent.Text) || !unitKept(f.wants.unitDim, c.sent.Text)) {
		// "What was the jobless rate in May?" of an article that never
		// speaks of joblessness: no sentence states that rate.
		x[7] = 1
	}
	if orderClash(q, c.sent.Text) || e.ordinalClash(q, c) {
		// "the first ferry" — "the last boat" (order.go); "the second
		// hearing" — "the first hearing" (ordinal_clash.go).
		x[7] = 1
	}
	if !typed && sideMissing(q, c.sent.Text) {
		// "How will the trustees vote?" — "will vote on Sunday" gives
		// no side (stance.go).
		x[7] = 1
	}
	if !typed && strandedMissing(q, c.sent.Text) {
		// "What did the poet die from?" — "he died last March" states no cause
		// (stranded.go).
		x[7] = 1
	}
	if !typed && x[16] == 1 && futureObject(q) {
		// "What will the panel recommend?": what is asked is the object
		// of a decision still to come; a sentence without the decision's
		// verb does not state it.
		x[7] = 1
	}
	if c.speaker {
		x[10] = 1
	}
	x[11] = 1 / float64(c.rank)
	x[13] = f.similarCoverage(c)
	if x[7] == 1 {
		// A sentence that shares every word of the question but lacks
		// what it asks for restates the question; its coverage should
		// not outweigh the lack.
		x[14] = x[13]
	}
	x[17] = f.keyAbsence(noun, c)
	if !typed && !e.relativeKept(f, c) {
		x[17] = 1 // "What was Keane's father's job?" of a sentence about Keane
	}
	if tenseClash(q, c.sent.Text) {
		x[18] = 1
	}
	if x[6] == 1 && x[16] == 1 {
		// "When will the plant open?" — a date in a sentence about
		// hiring at the plant is the date of something else: the
		// thing asked for must be the asked event's.
		x[19] = 1
	}
	return x
}

// paragraphTerms are the terms of a candidate's sentence and of its
// neighbours in the same paragraph: a focus word in the sentence before
// ("the wall … It will cost") still ties the answer to the question.
func (e *Engine) paragraphTerms(c candidate) map[string]bool {
	out := make(map[string]bool, len(c.terms))
	for t := range c.terms {
		out[t] = true
	}
	for _, id := range []int{c.sent.ID - 1, c.sent.ID + 1} {
		if id < 0 || id >= len(e.art.Sentences) || e.art.Sentences[id].Para != c.sent.Para {
			continue
		}
		for _, t := range retrieval.Terms(e.art.Sentences[id].Text) {
			out[t] = true
		}
	}
	return out
}
