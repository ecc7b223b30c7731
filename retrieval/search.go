package retrieval

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// DefaultK is the number of hits Search returns when Query.K is not set.
const DefaultK = 8

// minDepth is how far down each ranking (dense and keyword) Search reads
// before fusing, at least: fusion needs more than K candidates from each
// list to find the chunks both lists like.
const minDepth = 50

// Query is a search request.
type Query struct {
	// Text is the question.
	Text string
	// Keywords are searched for besides Text by the keyword half only:
	// the canonical names of the people a question names by a misspelling
	// or a role.
	Keywords string
	// Speakers are canonical names of people the question asks about; chunks
	// quoting them are moved to the front (see Index.Search).
	Speakers []string
	// K is the number of hits wanted; ≤ 0 means DefaultK. It is clamped to
	// the number of chunks.
	K int
	// KeywordOnly skips the dense half of the search, for when query
	// embeddings are unavailable (see ErrDenseUnavailable).
	KeywordOnly bool
}

// ErrDenseUnavailable marks a search that failed because the query could
// not be embedded (a remote embedding endpoint is down, say). The keyword
// half still works: search again with Query.KeywordOnly.
var ErrDenseUnavailable = errors.New("dense search unavailable")

// Hit is one chunk found by Search.
type Hit struct {
	Chunk Chunk
	// Score is the fused score, higher is better: the reciprocal rank fusion
	// of the dense and keyword ranks, plus 1 for a chunk promoted by the
	// speaker rule, so that hits are in Score order.
	Score float64
	// Dense is the cosine similarity between the query and the chunk, or 0
	// if the chunk is not in the dense top list.
	Dense float64
	// Keyword is the chunk's BM25 score (0 if it has no query term).
	Keyword float64
	// Coverage is the fraction of the query's distinct terms (see Terms)
	// that the chunk contains. Speech verbs ("say", "told") do not count
	// unless the query has no other term.
	Coverage float64
	// DenseRank and KeywordRank are 1-based ranks in each list, 0 if absent
	// from the part of the list that was read. Equal scores share a rank.
	DenseRank, KeywordRank int
	// SpeakerMatch reports whether the chunk's speakers include one of the
	// query's.
	SpeakerMatch bool
}

// Search finds the K chunks that best answer q. It ranks chunks by dense
// similarity (chromem-go, with the query embedded after QueryPrefix) and by
// BM25, and fuses the two rankings by reciprocal rank fusion (k = 60).
//
// Keyword scoring ignores speech verbs ("say", "told") when the query has
// other terms: "what did Witkoff say" is about Witkoff, not about saying.
//
// Speaker rule: when q.Speakers is set, chunks whose Speakers include one of
// them come first, in fused order, provided they are on topic. The topic is
// the query's terms less the speakers' names and speech verbs. A question
// with no topic left ("what did Witkoff say") promotes every chunk quoting
// the speaker, even one found by neither ranking. Otherwise a speaker's
// chunk is promoted only if it contains a topic term or its dense
// similarity reaches Options.SpeakerMinDenseZ above the article's baseline
// (see DenseZ), so that Witkoff on Jeddah
// does not outrank the paragraph on Kursk when the question is "Kursk";
// unpromoted speaker chunks keep their fused place.
//
// Ties are broken by paragraph, then focus sentence, so results are
// deterministic. Overlapping chunks of one paragraph are returned separately.
// An empty index gives no hits and no error.
func (ix *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	n := len(ix.chunks)
	if n == 0 {
		return nil, nil
	}
	k := q.K
	if k <= 0 {
		k = DefaultK
	}
	k = min(k, n)
	depth := min(max(k, minDepth), n)

	// Keywords and WordNet synonyms of words the article lacks widen the
	// keyword search only. Every embedder, the local one included, gets
	// the question as asked: synonyms of every sense blur the local
	// embedder's character n-grams (with them in its query, the built-in
	// article's recall@5 fell from 0.981 to 0.963, the tuned sets' from
	// 0.971 to 0.962; held-out rose from 0.960 to 0.966), and the same
	// rule for every embedder keeps the scores comparable.
	text, dtext := q.Text, q.Text
	if ix.synonyms {
		if x := ix.expand(q.Text); x != "" {
			text += " " + x
		}
	}
	if q.Keywords != "" {
		text += " " + q.Keywords
	}
	var dense []denseHit
	if !q.KeywordOnly {
		var err error
		if dense, err = ix.denseSearch(ctx, dtext, depth); err != nil {
			return nil, err
		}
	}
	terms := queryTerms(text)
	kw := ix.keyword.search(terms)
	defer ix.keyword.release(kw)

	f := fusion{ix: ix, kw: kw, nterms: len(terms), pos: map[int32]int{}}
	for _, d := range dense {
		c := f.add(d.doc)
		c.Dense, c.DenseRank = float64(d.sim), d.rank
	}
	top := kw.top(depth)
	rank := 0
	for i, d := range top {
		if i == 0 || kw.score[d] != kw.score[top[i-1]] {
			rank = i + 1
		}
		f.add(d).KeywordRank = rank
	}
	f.speakers(q.Speakers, terms)
	return f.ranked(k), nil
}

// denseHit is one result of the dense search.
type denseHit struct {
	doc  int32
	sim  float32
	rank int
}

// denseSearch returns the depth chunks most similar to text, best first.
func (ix *Index) denseSearch(ctx context.Context, text string, depth int) ([]denseHit, error) {
	count := ix.vectors.rows()
	if count == 0 || strings.TrimSpace(text) == "" {
		return nil, nil
	}
	qv, err := ix.embed(ctx, ix.queryPrefix+text)
	if err != nil {
		return nil, fmt.Errorf("search: embed query: %w: %w", ErrDenseUnavailable, err)
	}
	if len(qv) != ix.dim {
		return nil, fmt.Errorf("search: query embedding has %d dimensions, documents %d", len(qv), ix.dim)
	}
	unit, ok := unitCopy(qv)
	if !ok {
		return nil, nil // nothing to compare, e.g. a query of stop words
	}
	res, err := ix.vectors.top(ctx, unit, min(depth, count), 0)
	if err != nil {
		return nil, fmt.Errorf("search: dense query: %w", err)
	}
	out := make([]denseHit, 0, len(res))
	for _, r := range res {
		out = append(out, denseHit{doc: ix.vectors.docs[r.row], sim: r.sim})
	}
	// Overlapping windows of a short paragraph have identical text and so
	// equal similarities: order them as the rest of the search does.
	slices.SortFunc(out, func(a, b denseHit) int {
		if c := cmp.Compare(b.sim, a.sim); c != 0 {
			return c
		}
		return ix.compareDocs(a.doc, b.doc)
	})
	for i := range out {
		out[i].rank = i + 1
		if i > 0 && out[i].sim == out[i-1].sim {
			out[i].rank = out[i-1].rank
		}
	}
	return out, nil
}

// compareDocs orders chunks by paragraph, focus sentence and ID.
func (ix *Index) compareDocs(a, b int32) int {
	ca, cb := &ix.chunks[a], &ix.chunks[b]
	if c := cmp.Compare(ca.Paragraph, cb.Paragraph); c != 0 {
		return c
	}
	if c := cmp.Compare(ca.Focus, cb.Focus); c != 0 {
		return c
	}
	return strings.Compare(ca.ID, cb.ID)
}
