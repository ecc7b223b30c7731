package retrieval

import (
	"container/heap"
	"math"
	"math/bits"
	"sync"
)

// BM25 parameters: the usual defaults. k1 saturates repeated terms early,
// which suits short chunks; b normalises for chunk length, which matters
// because edge chunks hold two sentences and middle ones three.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// maxQueryTerms caps the distinct terms of a query that are scored (and
// tracked for Coverage, in a 64-bit mask).
const maxQueryTerms = 64

type posting struct {
	doc int32
	tf  int32
}

// keywordIndex is a BM25 inverted index over the chunks' Terms.
type keywordIndex struct {
	ids      map[string]int32 // term → term id
	postings [][]posting      // by term id, in document order
	docLen   []float32
	avgLen   float64
	scratch  sync.Pool // *keywordScratch
}

// keywordScratch is one query's accumulator, pooled because at 100,000
// chunks it is 1.2 MB and Search may run concurrently.
type keywordScratch struct {
	score   []float32
	mask    []uint64 // bit i: the document has query term i
	touched []int32
}

// newKeywordIndex indexes docs, each given as its terms.
func newKeywordIndex(docs [][]string) *keywordIndex {
	return buildKeywordIndex(len(docs), termsOf(docs))
}

// termsOf gives document d's terms, docs[d], to emit.
func termsOf(docs [][]string) func(d int, emit func(string)) {
	return func(d int, emit func(string)) {
		for _, t := range docs[d] {
			emit(t)
		}
	}
}

// queryTerms returns the distinct terms of a query, at most maxQueryTerms,
// less speech verbs unless nothing else is left.
func queryTerms(text string) []string {
	var out, speech []string
	seen := map[string]bool{}
	for _, t := range Terms(text) {
		if seen[t] {
			continue
		}
		seen[t] = true
		if _, ok := speechVerbs[t]; ok {
			speech = append(speech, t)
		} else {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		out = speech
	}
	return out[:min(len(out), maxQueryTerms)]
}

// search scores every document holding a query term. The caller reads the
// scratch's score and mask for any document and must release it.
func (ix *keywordIndex) search(terms []string) *keywordScratch {
	s := ix.scratch.Get().(*keywordScratch)
	n := float64(len(ix.docLen))
	for i, t := range terms {
		id, ok := ix.ids[t]
		if !ok {
			continue
		}
		ps := ix.postings[id]
		df := float64(len(ps))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for _, p := range ps {
			tf := float64(p.tf)
			norm := bm25K1 * (1 - bm25B + bm25B*float64(ix.docLen[p.doc])/ix.avgLen)
			if s.mask[p.doc] == 0 {
				s.touched = append(s.touched, p.doc)
			}
			s.score[p.doc] += float32(idf * tf * (bm25K1 + 1) / (tf + norm))
			s.mask[p.doc] |= 1 << i
		}
	}
	return s
}

// release zeroes what search touched and returns the scratch to the pool.
func (ix *keywordIndex) release(s *keywordScratch) {
	for _, d := range s.touched {
		s.score[d], s.mask[d] = 0, 0
	}
	s.touched = s.touched[:0]
	ix.scratch.Put(s)
}

// coverage is the fraction of nterms query terms present in document d.
func (s *keywordScratch) coverage(d int32, nterms int) float64 {
	if nterms == 0 {
		return 0
	}
	return float64(bits.OnesCount64(s.mask[d])) / float64(nterms)
}

// top returns up to k documents with the highest scores, best first, ties
// broken by document order (which is article order).
func (s *keywordScratch) top(k int) []int32 {
	if k <= 0 {
		return nil
	}
	better := func(a, b int32) bool {
		if s.score[a] != s.score[b] {
			return s.score[a] > s.score[b]
		}
		return a < b
	}
	h := &docHeap{better: better}
	for _, d := range s.touched {
		if h.Len() < k {
			heap.Push(h, d)
		} else if better(d, h.docs[0]) {
			h.docs[0] = d
			heap.Fix(h, 0)
		}
	}
	out := make([]int32, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(int32)
	}
	return out
}

// docHeap is a min-heap by "better": its root is the worst document kept.
type docHeap struct {
	docs   []int32
	better func(a, b int32) bool
}

func (h *docHeap) Len() int           { return len(h.docs) }
func (h *docHeap) Less(i, j int) bool { return h.better(h.docs[j], h.docs[i]) }
func (h *docHeap) Swap(i, j int)      { h.docs[i], h.docs[j] = h.docs[j], h.docs[i] }
func (h *docHeap) Push(x any)         { h.docs = append(h.docs, x.(int32)) }
func (h *docHeap) Pop() any {
	x := h.docs[len(h.docs)-1]
	h.docs = h.docs[:len(h.docs)-1]
	return x
}
