package answer

import (
	"strings"
)

// Abstention thresholds, calibrated on the eval sets in testdata/ (see
// TestEvalFloors): a question is answered when it asks what a speaker in
// the article said, when its best sentence has at least minCoverage of its
// content terms, or when the best passage is at least minDense similar to
// it in the embedding space. A name or title the article never mentions
// makes it unanswerable unless the rest of the question is matched well.
const (
	minCoverage = 0.5
	minDense    = 0.45
	// A sentence that holds what a typed question asks for (a place for
	// "where", a date for "when") needs less of the question's wording.
	minTypedCoverage = 0.3
	// With a name the article never mentions, the rest of the question must
	// be matched this well by one sentence (and by at least two terms).
	minCoverageMissingName = 0.67
)

// verdict explains why a question is or is not answerable from the article.
type verdict struct {
	answerable bool
	missing    string // a name from the question the article does not contain
}

// judge decides whether the article answers a question, from the best
// candidate sentences retrieval found.
func (e *Engine) judge(q string, cands []candidate) verdict {
	var missing []string
	for _, ent := range entities(q) {
		for _, w := range ent.words {
			found := e.vocab.hasName(w)
			if ent.title {
				found = e.vocab.has(w)
			}
			if !found {
				name := ent.String()
				if ent.title {
					name = "a " + strings.ToLower(name)
				}
				missing = append(missing, name)
				break
			}
		}
	}
	bestCov, bestDense, speaker := 0.0, 0.0, false
	for _, c := range cands {
		if c.typed {
			bestCov = max(bestCov, c.coverage*minCoverage/minTypedCoverage)
		}
		bestCov = max(bestCov, c.coverage)
		bestDense = max(bestDense, c.dense)
		speaker = speaker || c.speaker
	}
	if len(missing) > 0 {
		rest := contentTerms(stripNames(q, missing))
		best := 0.0
		for _, c := range cands {
			best = max(best, fuzzyCoverage(rest, c.terms))
		}
		if len(rest) >= 2 && best >= minCoverageMissingName {
			return verdict{answerable: true}
		}
		return verdict{missing: missing[0]}
	}
	speech := speaker && isSpeechQuestion(q)
	return verdict{answerable: speech || bestCov >= minCoverage || bestDense >= minDense}
}

func stripNames(q string, names []string) string {
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			q = strings.ReplaceAll(q, w, " ")
		}
	}
	return q
}
