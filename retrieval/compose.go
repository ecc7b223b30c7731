package retrieval

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"articlebot/article"
)

// Chunks overlap: each sentence is the focus of one chunk and the neighbour
// in up to two more. Embedding and tokenising each chunk's text would stem,
// hash and sort every sentence about three times (for a 4.5 MB article,
// about 60 % of the time to index it). composeLocal does that work once per
// sentence and builds each chunk from its sentences: the sorted feature
// hashes are merged, the bigrams that span two sentences added, and the
// result is the vector LocalEmbedder gives for the chunk's text, bit for
// bit (TestComposeMatchesEmbed).

// sentenceFeatures is what one sentence contributes to a chunk.
type sentenceFeatures struct {
	word, bigram, char []uint64 // sorted
	first, last        uint64   // the first and last word hashes, in text order
}

// chunkTerms are the search terms of the chunks of composeLocal: a
// chunk's are its sentences', in order, read from the Lexed rather than
// copied into each of the three chunks holding it (20 MB on a 4.5 MB
// article, held until the keyword index is built); a chunk embedded whole
// has its own.
type chunkTerms struct {
	chunks  []Chunk
	lexed   *Lexed
	whole   [][]string // by chunk, if embedded whole
	isWhole []bool
}

// each gives chunk d's terms, in order, to emit.
func (ct *chunkTerms) each(d int, emit func(string)) {
	if ct.isWhole[d] {
		for _, t := range ct.whole[d] {
			emit(t)
		}
		return
	}
	for _, id := range ct.chunks[d].Sentences {
		ct.lexed.eachTerm(id, emit)
	}
}

// composeLocal fills tab with the local embedding of every chunk (row i is
// chunk i; rows of chunks without content words are dropped) and returns
// each chunk's search terms. Chunks must come from Chunks over the article
// whose sentences are sents; lx is sents tokenised (Lex), or nil to
// tokenise them here.
func composeLocal(ctx context.Context, chunks []Chunk, sents []article.Sentence, lx *Lexed, workers int, tab *vectorTable) (*chunkTerms, error) {
	if lx == nil {
		lx = Lex(sents, workers)
	}
	tab.resize(len(chunks))
	terms := &chunkTerms{chunks: chunks, lexed: lx, whole: make([][]string, len(chunks)), isWhole: make([]bool, len(chunks))}
	keep := make([]bool, len(chunks))
	groups := paragraphRuns(chunks)
	err := parallel(ctx, len(groups), workers, func(g int) error {
		lo, hi := groups[g][0], groups[g][1]
		f := featurePool.Get().(*features)
		f.caching = true
		defer func() {
			f.caching = false
			featurePool.Put(f)
		}()
		f.hashes = f.hashes[:0]
		feats := map[int]*sentenceFeatures{}
		for i := lo; i < hi; i++ {
			c := &chunks[i]
			row := tab.row(i)
			if !separated(c, sents) {
				// Text between two sentences that is not white space could
				// change how the chunk tokenises: embed it whole.
				f.collect(c.Text)
				terms.whole[i], terms.isWhole[i] = slices.Clone(f.terms), true
				f.add(row, f.word, defaultWeights.word)
				f.add(row, f.bigram, defaultWeights.bigram)
				f.add(row, f.char, defaultWeights.char)
			} else {
				parts := make([]*sentenceFeatures, len(c.Sentences))
				for j, id := range c.Sentences {
					if feats[id] == nil {
						feats[id] = sentenceFeaturesOf(f, lx, id)
					}
					parts[j] = feats[id]
				}
				composeChunk(f, row, parts)
			}
			keep[i] = normalize(row)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Drop the rows of chunks with nothing to embed, moving the rest down.
	rows := 0
	for i := range chunks {
		if !keep[i] {
			continue
		}
		if rows < i {
			copy(tab.row(rows), tab.row(i))
		}
		tab.docs = append(tab.docs, int32(i))
		rows++
	}
	tab.resize(rows)
	return terms, nil
}

// paragraphRuns returns the [start, end) of each run of consecutive chunks
// of one paragraph: the unit of work that shares sentences.
func paragraphRuns(chunks []Chunk) [][2]int {
	var out [][2]int
	for i := 0; i < len(chunks); {
		j := i + 1
		for j < len(chunks) && chunks[j].Paragraph == chunks[i].Paragraph {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// separated reports whether the chunk's text is exactly its sentences
// joined by white space, so that its tokens are theirs.
func separated(c *Chunk, sents []article.Sentence) bool {
	for j, id := range c.Sentences {
		if id < 0 || id >= len(sents) {
			return false
		}
		s := sents[id]
		if j == 0 && s.Start != c.Start || j == len(c.Sentences)-1 && s.End != c.End {
			return false
		}
		if j == 0 {
			continue
		}
		prev := sents[c.Sentences[j-1]]
		if s.Start <= prev.End || s.Start > c.End {
			return false
		}
		gap := c.Text[prev.End-c.Start : s.Start-c.Start]
		if strings.IndexFunc(gap, func(r rune) bool { return !unicode.IsSpace(r) }) >= 0 {
			return false
		}
	}
	return len(c.Sentences) > 0
}

// sentenceFeaturesOf returns the features of sentence id of lx, with the
// scratch f. They live in f's arena, so they are valid until the arena is
// reset.
func sentenceFeaturesOf(f *features, lx *Lexed, id int) *sentenceFeatures {
	lx.features(f, id)
	sf := &sentenceFeatures{}
	if len(f.word) > 0 {
		sf.first, sf.last = f.word[0], f.word[len(f.word)-1]
	}
	sf.word = f.keepSorted(f.word)
	sf.bigram = f.keepSorted(f.bigram)
	sf.char = f.keepSorted(f.char)
	return sf
}

// keepSorted copies hs into f.hashes, sorts the copy and returns it. A
// slice returned earlier stays valid when the arena grows: it keeps the
// old array.
func (f *features) keepSorted(hs []uint64) []uint64 {
	n := len(f.hashes)
	f.hashes = append(f.hashes, hs...)
	out := f.hashes[n:len(f.hashes):len(f.hashes)]
	sortHashes(out, &f.sortBuf)
	return out
}

// composeChunk adds to row the features of the chunk made of parts, in
// order. f is scratch space.
func composeChunk(f *features, row []float32, parts []*sentenceFeatures) {
	boundary := f.boundary[:0]
	var prev uint64
	hasPrev := false
	lists := f.lists[:0]
	for _, p := range parts {
		if len(p.word) == 0 {
			continue
		}
		if hasPrev {
			boundary = append(boundary, mix(seedBigram, prev, p.first))
		}
		prev, hasPrev = p.last, true
	}
	sortHashes(boundary, &f.sortBuf)

	lists = lists[:0]
	for _, p := range parts {
		lists = append(lists, p.word)
	}
	f.word = mergeSorted(f.word[:0], lists, &f.mergeA, &f.mergeB)
	addSorted(row, f.word, defaultWeights.word)

	lists = lists[:0]
	for _, p := range parts {
		lists = append(lists, p.bigram)
	}
	f.bigram = mergeSorted(f.bigram[:0], append(lists, boundary), &f.mergeA, &f.mergeB)
	addSorted(row, f.bigram, defaultWeights.bigram)

	lists = lists[:0]
	for _, p := range parts {
		lists = append(lists, p.char)
	}
	f.char = mergeSorted(f.char[:0], lists, &f.mergeA, &f.mergeB)
	addSorted(row, f.char, defaultWeights.char)
	f.boundary, f.lists = boundary, lists[:0]
}
