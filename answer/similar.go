package answer

import (
	"slices"

	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/lexicon/wordvec"
)

// similarCoverage is coverage with static word vectors: each focus term
// the sentence has counts 1, each other its best cosine similarity (at
// least 0) to a content word of the sentence, so "staff" half-counts in a
// sentence about "workers". Without the vector table it is plain coverage.
func (f focus) similarCoverage(c candidate) float64 {
	if len(f.terms) == 0 {
		return 1
	}
	var words []string
	sum := 0.0
	for _, ft := range f.terms {
		if ft.in(c.terms) || slices.ContainsFunc(ft.alts, func(a string) bool { return c.terms[a] }) {
			sum++
			continue
		}
		if words == nil {
			for _, w := range fuzzy.Words(c.sent.Text) {
				if !lexicon.FunctionWords.Has(w) {
					words = append(words, w)
				}
			}
		}
		if _, sim, ok := wordvec.Nearest(ft.word, words); ok && sim > 0 {
			sum += float64(sim)
		}
	}
	return sum / float64(len(f.terms))
}
