package retrieval

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestKeywordIndexRuns checks that the keyword index built in runs of
// documents, on any number of workers, equals the one built in one pass
// by the code it replaced (kept below): the same term IDs, postings in
// document order, lengths and average, on the terms of every eval
// article's lines and on random documents with repeated, shared and
// missing terms.
func TestKeywordIndexRuns(t *testing.T) {
	var lines [][]string
	for _, l := range articleLines(t, "../testdata/eval/*/*.txt") {
		lines = append(lines, Terms(l))
	}
	r := rand.New(rand.NewPCG(7, 11))
	random := make([][]string, 3000)
	for d := range random {
		for range r.IntN(12) {
			random[d] = append(random[d], fmt.Sprintf("t%d", int(r.ExpFloat64()*40)))
		}
	}
	sets := map[string][][]string{"eval lines": lines, "random": random, "none": nil, "one": {{"a", "b", "a"}}, "empty docs": {{}, {}, {"x"}}}
	for name, docs := range sets {
		want := buildKeywordIndexOld(len(docs), termsOf(docs))
		for _, workers := range []int{1, 2, 3, 8} {
			got := buildKeywordIndexOn(len(docs), termsOf(docs), workers)
			if !reflect.DeepEqual(got.ids, want.ids) || !reflect.DeepEqual(got.postings, want.postings) ||
				!reflect.DeepEqual(got.docLen, want.docLen) || got.avgLen != want.avgLen {
				t.Errorf("%s, %d workers: the index differs from the one-pass build", name, workers)
			}
		}
	}
}

// buildKeywordIndexOld is buildKeywordIndex before it was split into runs.
func buildKeywordIndexOld(n int, terms func(d int, emit func(t string))) *keywordIndex {
	ix := &keywordIndex{ids: map[string]int32{}, docLen: make([]float32, n)}
	total := 0
	// A document's term frequencies are counted in a slice by term ID, not
	// a map cleared and walked for each document; used lists the IDs it
	// has.
	var tf, df, used []int32
	// found lists each document's terms in turn (term ID in doc, count in
	// tf), in blocks: one slice grown by append copied itself about five
	// times over on a 4.5 MB article.
	var found [][]posting
	nfound := 0
	ends := make([]int, n)
	length := 0 // of the current document
	// count is made once: a closure made per document was an allocation
	// per document.
	count := func(t string) {
		id, ok := ix.ids[t]
		if !ok {
			id = int32(len(df))
			ix.ids[t] = id
			df = append(df, 0)
			tf = append(tf, 0)
		}
		if tf[id] == 0 {
			used = append(used, id)
		}
		tf[id]++
		length++
	}
	for d := range n {
		used, length = used[:0], 0
		terms(d, count)
		for _, id := range used {
			if len(found) == 0 || len(found[len(found)-1]) == foundBlock {
				found = append(found, make([]posting, 0, foundBlock))
			}
			found[len(found)-1] = append(found[len(found)-1], posting{doc: id, tf: tf[id]})
			df[id]++
			tf[id] = 0
		}
		nfound += len(used)
		ends[d] = nfound
		ix.docLen[d] = float32(length)
		total += length
	}
	arena := make([]posting, nfound)
	ix.postings = make([][]posting, len(df))
	off := 0
	for id, c := range df {
		ix.postings[id] = arena[off : off : int(c)+off]
		off += int(c)
	}
	d, k := 0, 0
	for _, block := range found {
		for _, f := range block {
			for k >= ends[d] {
				d++
			}
			ix.postings[f.doc] = append(ix.postings[f.doc], posting{doc: int32(d), tf: f.tf})
			k++
		}
	}
	if n > 0 {
		ix.avgLen = float64(total) / float64(n)
	}
	ix.scratch.New = func() any {
		return &keywordScratch{score: make([]float32, n), mask: make([]uint64, n)}
	}
	return ix
}
