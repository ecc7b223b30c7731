package answer

// windowPolarity decides whether a window states a claim the same way
// round: a negative claim needs a negative source, a positive one must not
// rest on words the window negates, and a window that uses a claim word's
// opposite turns against it (judgeWindow, support.go).
func (e *Engine) windowPolarity(c *claimInfo, ix *evidenceIndex, window []int, j *judgement, negated bool, mask, negMask, posMask uint64) {
	// A negative claim needs a negative source; a positive claim must not
	// rest on words the source negates ("declined to endorse a ceasefire"
	// does not support "endorsed a ceasefire"); a word the claim has in
	// another form ("discuss" for "negotiations") only when the window does
	// not also state the claim's own word plainly ("the negotiations" of a
	// sentence that adds "not authorised to discuss them").
	if c.negated {
		// A negation that covers only its own word ("came away with
		// nothing" for "the talks ended in deadlock") has nothing a window
		// could state plainly: the claim is read by its other words. A
		// phrase ("ruled out") covers no word of its own, so it stays.
		j.polarity = negated || c.negMask != 0 && c.negMask&^c.negators() == 0 || e.privativeNegates(c, window)
		// Nor may the window state plainly what the claim denies.
		j.polarity = j.polarity && !e.deniedStated(c, window)
	} else {
		var negExact uint64
		for _, id := range window {
			for _, t := range ix.sents[id].negTerms {
				if i := indexOf(c.terms, t); i >= 0 {
					negExact |= 1 << i
				}
			}
		}
		// Words the claim negates too may be negated in the window
		// ("her account rather than her brother's" for "not by her
		// brother").
		if bits := (negExact | negMask&^posMask) & mask &^ c.negMask; bits != 0 {
			j.polarity = bits&^e.relativeAside(c, window, mask, bits) == 0
		}
	}
	if !j.polarity {
		j.note(failNegation)
	}
	// A claim word whose opposite the window uses instead ("fallen"
	// against "risen") turns the window against the claim.
	for i, t := range c.terms {
		if mask&(1<<i) != 0 {
			continue
		}
		for _, a := range antonyms[t] {
			if indexOf(c.terms, a) >= 0 {
				continue // the claim says both ("answer the question")
			}
			for _, id := range window {
				if containsStr(ix.sents[id].terms, a) && !containsStr(ix.sents[id].negTerms, a) && c.alignedClause(ix, id, mask, func(k int) bool { return containsStr(ix.sents[id].clauses[k], a) }) {
					j.polarity = false
					j.note(failAntonym)
				}
			}
		}
	}
}

// vetHard runs the checks that only a window which could be accepted is
// worth: a swapped name or role, an opposite, a cause changed, a deed
// undone, a figure bound to something else (judgeWindow, support.go). New
// checks of an accepted window belong here.
func (e *Engine) vetHard(c *claimInfo, ix *evidenceIndex, window []int, j *judgement, mask, uncredited uint64) {
	// Below secondOpinionFloor neither the second opinion nor the
	// embedder's rescue could accept the window.
	if j.hard() && j.coverage >= secondOpinionFloor && e.swappedName(c, window, uncredited) {
		j.names = false
		j.note(failSwappedName)
	}
	if j.hard() && j.coverage >= secondOpinionFloor && e.oppositeSwapped(c, window, uncredited) {
		j.polarity = false
		j.note(failAntonym)
	}
	if j.hard() && e.opposedInClause(c, window, mask) {
		j.polarity = false
		j.note(failAntonym)
	}
	if j.hard() && e.causeChanged(c, window, uncredited) {
		j.polarity = false
		j.note(failCause)
	}
	if j.hard() && e.undoneInWindow(c, window, mask) {
		j.polarity = false
		j.note(failAntonym)
	}
	if j.hard() && (e.voteTurned(c, window) || e.refusedDone(c, window) || e.figureTurned(c, window) || e.rankDropped(c, window)) {
		j.polarity = false
		j.note(failAntonym)
	}
	if j.hard() && (e.undoneSlot(c, window, mask) || e.requestOnly(c, window)) {
		j.polarity = false
		j.note(failModality)
	}
	if j.hard() && e.deedReplaced(c, window, uncredited) {
		j.polarity = false
		j.note(failContrast)
	}
	if j.hard() && (e.swappedRoles(c, window) || e.deedSwapped(c, window) || e.nounDeedSwapped(c, window) || e.identitySwapped(c, mask|^uncredited)) {
		j.names = false
		j.note(failSwappedRoles)
	}
	if j.hard() && (len(c.binds) > 0 && (c.figureElsewhere(ix, window, mask) || c.figureNearOther(ix, window, mask)) || e.armSwapped(c, window) || e.frequencyChanged(c, window) || e.magnitudeChanged(c, window) || e.rankChanged(c, window)) {
		j.figures = false
		j.note(failFigureBound)
	}
}
