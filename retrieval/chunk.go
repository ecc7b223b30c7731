package retrieval

import (
	"fmt"

	"articlebot/article"
)

// Chunk is a retrievable passage: one focus sentence with its neighbours in
// the same paragraph.
type Chunk struct {
	// ID is stable and unique within an article: "p5s12" is the chunk of
	// paragraph 5 about sentence 12.
	ID        string
	Paragraph int
	// Focus is the ID of the sentence the chunk is about.
	Focus int
	// Sentences holds the IDs of the focus sentence and its neighbours, in
	// order.
	Sentences []int
	// Start and End are the byte offsets of the window in the article text.
	Start, End int
	// Text is exactly the article's Text[Start:End].
	Text string
	// Section is the heading above the paragraph, or "".
	Section string
	// Speakers are the canonical names of the people quoted or reported in
	// the focus sentence. Chunks leaves it empty; the caller fills it in
	// before Build.
	Speakers []string
}

// Chunks makes one chunk per sentence of every body paragraph: the sentence
// with up to window neighbours on each side, never crossing a paragraph.
// Headings and boilerplate are never chunked. A negative window counts as 0.
func Chunks(a *article.Article, window int) []Chunk {
	window = max(window, 0)
	// The chunks and their sentence lists are allocated once, at their
	// final size: appended one by one, a 4.5 MB article's 38,000 chunks
	// left as much garbage as they hold. Each chunk's list is its own part
	// of one array, capped so that appending to it cannot reach the next.
	n, ids := 0, 0
	for _, p := range a.Paragraphs {
		if p.Kind != article.Body {
			continue
		}
		n += len(p.Sentences)
		for i := range p.Sentences {
			ids += min(i+window+1, len(p.Sentences)) - max(i-window, 0)
		}
	}
	out := make([]Chunk, 0, n)
	arena := make([]int, 0, ids)
	for _, p := range a.Paragraphs {
		if p.Kind != article.Body {
			continue
		}
		for i, id := range p.Sentences {
			lo, hi := max(i-window, 0), min(i+window+1, len(p.Sentences))
			first, last := a.Sentences[p.Sentences[lo]], a.Sentences[p.Sentences[hi-1]]
			k := len(arena)
			arena = append(arena, p.Sentences[lo:hi]...)
			out = append(out, Chunk{
				ID:        fmt.Sprintf("p%ds%d", p.N, id),
				Paragraph: p.N,
				Focus:     id,
				Sentences: arena[k:len(arena):len(arena)],
				Start:     first.Start,
				End:       last.End,
				Text:      a.Text[first.Start:last.End],
				Section:   p.Section,
			})
		}
	}
	return out
}
