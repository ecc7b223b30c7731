package answer

// othersFigure reports whether the figure or sum a candidate holds is
// another's than the one asked for: another place's (placequal.go), another
// period's, a decision's (tense_infinitive.go) or, when the question's
// verb is absent, another deed's count (counted_verb.go), or for a
// question about what will happen, the date of its event already done
// (happened.go).
func (e *Engine) othersFigure(q string, want answerType, f focus, c candidate, verbAbsent bool) bool {
	window := e.windowText(c)
	if (figureAsked(want) || f.money) && placeAway(q, window) || figureAsked(want) && onlyInfinitive(q, c.sent.Text) {
		return true
	}
	if want == timeType && doneAlready(q, c.sent.Text) {
		return true // "When will the line reopen?" — "reopened on Friday"
	}
	if want == numberType && verbAbsent && countedByOther(q, c.sent.Text) {
		return true // "flooded 300 homes" counts no homes protected
	}
	if want == numberType && oneMemberOnly(q, c.sent.Text) {
		return true // "One trustee, who asked not to be named, said" (count_member.go)
	}
	// "How many people died in the 1998 hurricane?", "What was the
	// jobless rate in March?": a figure in a paragraph that never names
	// 1998, or March, is another period's; "What revenue is expected for
	// the full year?" — "$40 million for the quarter" is a quarter's
	// (fullyear.go).
	return want != timeType && (periodMissing(q, window) || fullYearMissing(q, window))
}
