package answer

import (
	"articlebot/retrieval"
)

// groupSources turns chunk hits into at most k sources, one per paragraph,
// in the order of each paragraph's best hit. A source's text is the span
// from the first to the last hit window in its paragraph, so it is always a
// contiguous piece of the article, of at most maxSourceBytes unless its
// best hit alone is longer.
func (e *Engine) groupSources(hits []retrieval.Hit, k int) []Source {
	type span struct {
		start, end int
		score      float64
	}
	var order []int
	spans := map[int]*span{}
	for _, h := range hits {
		p := h.Chunk.Paragraph
		s, ok := spans[p]
		if !ok {
			if len(order) == k {
				continue
			}
			order = append(order, p)
			spans[p] = &span{h.Chunk.Start, h.Chunk.End, h.Score}
			continue
		}
		if start, end := min(s.start, h.Chunk.Start), max(s.end, h.Chunk.End); end-start <= maxSourceBytes {
			s.start, s.end = start, end // a hit further away than maxSourceBytes is left out
		}
	}
	out := make([]Source, 0, len(order))
	for i, p := range order {
		s := spans[p]
		out = append(out, Source{N: i + 1, Paragraph: p, Score: s.score, Text: e.art.Text[s.start:s.end], start: s.start, end: s.end})
	}
	return out
}

// sourceFor returns the number of the source holding paragraph p, or 0.
func sourceFor(sources []Source, p int) int {
	for _, s := range sources {
		if s.Paragraph == p {
			return s.N
		}
	}
	return 0
}
