package retrieval

import (
	"cmp"
	"slices"

	"articlebot/lexicon"
)

// rrfK is the reciprocal rank fusion constant of Cormack et al. (2009): it
// damps the head of each list so that a chunk ranked well by both lists beats
// one ranked first by only one.
const rrfK = 60

// speakerBonus is added to the fused score of promoted chunks; fused scores
// are at most 2/(rrfK+1), so promoted chunks always come first.
const speakerBonus = 1

// fusion collects the candidates of one search.
type fusion struct {
	ix     *Index
	kw     *keywordScratch
	nterms int
	hits   []Hit
	docs   []int32
	pos    map[int32]int // doc → index in hits
}

// add returns the candidate for doc, adding it if new.
func (f *fusion) add(doc int32) *Hit {
	if i, ok := f.pos[doc]; ok {
		return &f.hits[i]
	}
	f.pos[doc] = len(f.hits)
	f.hits = append(f.hits, Hit{
		Chunk:    f.ix.chunks[doc],
		Keyword:  float64(f.kw.score[doc]),
		Coverage: f.kw.coverage(doc, f.nterms),
	})
	f.docs = append(f.docs, doc)
	return &f.hits[len(f.hits)-1]
}

// speakers applies the speaker rule documented on Index.Search. terms are
// the query's distinct terms, in the order of the keyword mask's bits.
func (f *fusion) speakers(names []string, terms []string) {
	if len(names) == 0 || len(f.ix.speakers) == 0 {
		return
	}
	nameTerms := map[string]bool{}
	for _, n := range names {
		for _, t := range Terms(n) {
			nameTerms[t] = true
		}
	}
	var topic uint64
	for i, t := range terms {
		if _, speech := speechVerbs[t]; !speech && !nameTerms[t] && !misspelt(t, nameTerms) {
			topic |= 1 << i
		}
	}
	onTopic := func(doc int32) bool { return topic == 0 || f.kw.mask[doc]&topic != 0 }
	matched := map[int32]bool{}
	for _, n := range names {
		for _, doc := range f.ix.speakers[speakerKey(n)] {
			matched[doc] = true
			// A speaker's chunk outside both lists can still be on topic
			// (a term match below the keyword depth): fetch it.
			if _, ok := f.pos[doc]; !ok && onTopic(doc) {
				f.add(doc)
			}
		}
	}
	for i := range f.hits {
		h := &f.hits[i]
		if !matched[f.docs[i]] {
			continue
		}
		h.SpeakerMatch = true
		if onTopic(f.docs[i]) || h.Dense > 0 && f.ix.DenseZ(h.Dense) >= f.ix.speakerMinDense {
			h.Score += speakerBonus
		}
	}
}

// ranked computes fused scores and returns the best k candidates.
func (f *fusion) ranked(k int) []Hit {
	order := make([]int, len(f.hits))
	for i := range f.hits {
		h := &f.hits[i]
		if h.DenseRank > 0 {
			h.Score += 1.0 / float64(rrfK+h.DenseRank)
		}
		if h.KeywordRank > 0 {
			h.Score += 1.0 / float64(rrfK+h.KeywordRank)
		}
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(f.hits[b].Score, f.hits[a].Score); c != 0 {
			return c
		}
		return f.ix.compareDocs(f.docs[a], f.docs[b])
	})
	out := make([]Hit, 0, min(k, len(order)))
	for _, i := range order[:min(k, len(order))] {
		h := f.hits[i]
		// The index's chunks must not change under the caller's feet.
		h.Chunk.Sentences = slices.Clone(h.Chunk.Sentences)
		h.Chunk.Speakers = slices.Clone(h.Chunk.Speakers)
		out = append(out, h)
	}
	return out
}

// misspelt reports whether a query term is one of the speakers' name terms
// with a typo (lexicon.Near): in "what did Amaka Okafur say" the question
// names Amaka Okafor and asks for no topic, so every passage quoting her
// counts. The question's names were resolved, typos and all, before the
// search (quotes.Index.Named); left as a topic, a misspelt name matches no
// passage and keeps the speaker's own quotations from the top.
func misspelt(t string, nameTerms map[string]bool) bool {
	for n := range nameTerms {
		if _, ok := lexicon.Near(t, n); ok {
			return true
		}
	}
	return false
}
