package retrieval

import (
	"runtime"
	"sync"
)

// foundBlock is how many of the documents' terms a part of
// buildKeywordIndex lists in one block (32 KB).
const foundBlock = 4096

// minKeywordPart is the fewest documents worth a worker of their own:
// below it the second term table and its merge cost more than the core
// saves.
const minKeywordPart = 2048

// buildKeywordIndex indexes n documents; terms gives document d's terms,
// in order, to emit, and may be called from several goroutines at once.
// The documents are split into runs, one per core, each counted on its
// own (its terms, their counts per document, their document frequencies);
// the runs' term tables are then merged in document order, so a term's
// ID is its first appearance in the article, as one pass gives, and each
// run copies its postings into the slots the runs before it leave, so
// every term's postings are in document order in one array at their exact
// sizes (appended one by one, the postings of a 4.5 MB article's chunks
// left as much garbage as they hold). On a 4.5 MB article this was 40 ms
// on one core, at the end of the path to the first answer.
func buildKeywordIndex(n int, terms func(d int, emit func(t string))) *keywordIndex {
	return buildKeywordIndexOn(n, terms, min(runtime.GOMAXPROCS(0), n/minKeywordPart))
}

// keywordPart is what one run of documents, [lo, hi), holds of the index.
type keywordPart struct {
	lo, hi int
	ids    map[string]int32 // term → local ID
	terms  []string         // by local ID, in order of first appearance
	df     []int32          // by local ID
	found  [][]posting      // each document's (local term ID, count), in turn, in blocks
	ends   []int            // by document of the run: the end of its postings in found
	total  int              // of the run's document lengths
}

// buildKeywordIndexOn is buildKeywordIndex on at most workers cores.
func buildKeywordIndexOn(n int, terms func(d int, emit func(t string)), workers int) *keywordIndex {
	workers = max(1, min(workers, n))
	ix := &keywordIndex{docLen: make([]float32, n)}
	parts := make([]*keywordPart, workers)
	per := (n + workers - 1) / workers
	each(workers, func(w int) {
		parts[w] = countPart(min(w*per, n), min((w+1)*per, n), terms, ix.docLen)
	})

	// Merge the term tables in document order: run 0's IDs stand, a later
	// run's terms not seen before take the next ones.
	ix.ids = parts[0].ids
	df := append([]int32(nil), parts[0].df...)
	global := make([][]int32, workers) // by run: local ID → term ID
	for w, p := range parts {
		if w == 0 {
			continue
		}
		global[w] = make([]int32, len(p.terms))
		for l, t := range p.terms {
			id, ok := ix.ids[t]
			if !ok {
				id = int32(len(df))
				ix.ids[t] = id
				df = append(df, 0)
			}
			df[id] += p.df[l]
			global[w][l] = id
		}
	}

	// Each term's postings take df slots of one array; in them run w's
	// come after the runs' before it.
	arena := make([]posting, sumInt32(df))
	ix.postings = make([][]posting, len(df))
	cursor := make([]int32, len(df))
	off := 0
	for id, c := range df {
		ix.postings[id] = arena[off : off+int(c) : off+int(c)]
		cursor[id] = int32(off)
		off += int(c)
	}
	cursors := make([][]int32, workers)
	for w, p := range parts {
		cursors[w] = make([]int32, len(p.terms))
		for l := range p.terms {
			id := int32(l)
			if w > 0 {
				id = global[w][l]
			}
			cursors[w][l] = cursor[id]
			cursor[id] += p.df[l]
		}
	}
	each(workers, func(w int) {
		p, cur := parts[w], cursors[w]
		d, k := p.lo, 0
		for _, block := range p.found {
			for _, f := range block {
				for k >= p.ends[d-p.lo] {
					d++
				}
				arena[cur[f.doc]] = posting{doc: int32(d), tf: f.tf}
				cur[f.doc]++
				k++
			}
		}
	})

	total := 0
	for _, p := range parts {
		total += p.total
	}
	if n > 0 {
		ix.avgLen = float64(total) / float64(n)
	}
	ix.scratch.New = func() any {
		return &keywordScratch{score: make([]float32, n), mask: make([]uint64, n)}
	}
	return ix
}

// countPart counts the terms of documents [lo, hi) and writes their
// lengths to docLen.
func countPart(lo, hi int, terms func(d int, emit func(t string)), docLen []float32) *keywordPart {
	p := &keywordPart{lo: lo, hi: hi, ids: map[string]int32{}, ends: make([]int, hi-lo)}
	// A document's term frequencies are counted in a slice by term ID, not
	// a map cleared and walked for each document; used lists the IDs it
	// has.
	var tf, used []int32
	nfound := 0
	length := 0 // of the current document
	// count is made once: a closure made per document was an allocation
	// per document.
	count := func(t string) {
		id, ok := p.ids[t]
		if !ok {
			id = int32(len(p.df))
			p.ids[t] = id
			p.terms = append(p.terms, t)
			p.df = append(p.df, 0)
			tf = append(tf, 0)
		}
		if tf[id] == 0 {
			used = append(used, id)
		}
		tf[id]++
		length++
	}
	for d := lo; d < hi; d++ {
		used, length = used[:0], 0
		terms(d, count)
		for _, id := range used {
			if len(p.found) == 0 || len(p.found[len(p.found)-1]) == foundBlock {
				p.found = append(p.found, make([]posting, 0, foundBlock))
			}
			p.found[len(p.found)-1] = append(p.found[len(p.found)-1], posting{doc: id, tf: tf[id]})
			p.df[id]++
			tf[id] = 0
		}
		nfound += len(used)
		p.ends[d-lo] = nfound
		docLen[d] = float32(length)
		p.total += length
	}
	return p
}

// each calls fn(w) for w in [0, n), each on its own goroutine but the
// last, and returns when all have.
func each(n int, fn func(w int)) {
	var wg sync.WaitGroup
	for w := range n - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(w)
		}()
	}
	fn(n - 1)
	wg.Wait()
}

// sumInt32 is the sum of xs.
func sumInt32(xs []int32) int {
	s := 0
	for _, x := range xs {
		s += int(x)
	}
	return s
}
