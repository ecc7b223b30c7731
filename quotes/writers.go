package quotes

import "sort"

// Writer is one of the story's writers and the paragraph that names them
// so: its byline ("By Ada Lim, Ports Reporter") or its credit line
// ("Reporting by Ada Lim; Editing by Tom Berg").
type Writer struct {
	Speaker
	// Paragraph is the number of the byline's or the credit line's
	// paragraph.
	Paragraph int
}

// Writers returns the story's writers in the order the article names
// them, or none when it names no writer. Editors and photographers of a
// credit line are not writers; someone the body only calls "our
// correspondent" is not named.
func (ix *Index) Writers() []Writer {
	var es []*entity
	for _, e := range ix.speakers {
		if e.wroteIn > 0 {
			es = append(es, e)
		}
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].wroteIn != es[j].wroteIn {
			return es[i].wroteIn < es[j].wroteIn
		}
		return es[i].firstAt < es[j].firstAt
	})
	out := make([]Writer, 0, len(es))
	for _, e := range es {
		out = append(out, Writer{Speaker: e.speaker(), Paragraph: e.wroteIn})
	}
	return out
}
