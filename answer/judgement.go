package answer

// judgement is how well a window of article sentences supports a claim.
type judgement struct {
	coverage float64 // IDF-weighted share of the claim's terms present
	figures  bool    // every figure of the claim is there
	names    bool    // every name of the claim is there or referred to
	polarity bool    // both negative or both not
	window   []int   // the sentence IDs judged
	// lead says the window's paragraph is the article's best support for
	// the claim by a clear margin (relative support).
	lead bool
	// near says the window's paragraph is the claim's nearest (see
	// leadParagraph); ownWords that what the window lacks of the claim
	// is the writer's own vocabulary (see ownWords).
	near, ownWords bool
	// missed are the claim's terms, names aside, the window holds in no
	// form (see novelty.go).
	missed uint64
	// why holds the checks that failed, for the verbose listing of the
	// support measure's decisions (see failure.go).
	why failures
}

// supports reports whether the window states the claim.
func (j judgement) supports() bool {
	return j.hard() && (j.coverage >= supportCoverage || (j.lead || j.near && j.ownWords) && j.coverage >= leadCoverage)
}

// hard reports whether the figure, name and polarity checks pass.
func (j judgement) hard() bool { return j.figures && j.names && j.polarity }

// borderline reports whether a supported claim is supported by so little
// of its wording that a second opinion should confirm it.
func (j judgement) borderline() bool {
	return j.supports() && j.coverage < supportConfident
}

// score orders judgements: supported ones first, then by coverage.
func (j judgement) score() float64 {
	s := j.coverage
	if !j.figures || !j.names || !j.polarity {
		s -= 1
	}
	return s
}
