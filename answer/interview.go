package answer

import (
	"fmt"
	"strings"

	"articlebot/retrieval"
)

// Interview transcripts: a question paragraph ("Q: What did your mother
// do?", "KM: Why this glacier?") and the labelled answer below it
// ("Threlkeld: She kept the lighthouse …"). The answer seldom repeats the
// question's words, so retrieval finds the interviewer's question and
// misses the answer; and the question itself answers nothing. Each
// retrieved question therefore brings the answer paragraph after it, just
// below it in the ranking, and the question paragraph is the answer's
// context when the engine weighs what the answer is about (kinship.go).

// withAnswers returns hits with, after the first hit of each
// interviewer's question paragraph, the sentences of the answer paragraph
// that follows it, unless retrieval ranked the answer higher itself. A
// later hit of the same sentence is left in place: sources and candidates
// keep a paragraph's and a sentence's first rank.
func (e *Engine) withAnswers(hits []retrieval.Hit) []retrieval.Hit {
	found := map[int]bool{}   // paragraphs ranked so far
	answers := map[int]bool{} // answer paragraphs to move up
	for _, h := range hits {
		found[h.Chunk.Paragraph] = true
		if n := h.Chunk.Paragraph + 1; !found[n] && !answers[n] {
			if _, ok := e.askedBefore(n); ok {
				answers[n] = true
			}
		}
	}
	if len(answers) == 0 {
		return hits
	}
	out := make([]retrieval.Hit, 0, len(hits)+4*len(answers))
	for _, h := range hits {
		out = append(out, h)
		n := h.Chunk.Paragraph + 1
		if !answers[n] {
			continue
		}
		delete(answers, n)
		p, _ := e.art.Paragraph(n)
		for _, id := range p.Sentences {
			s := e.art.Sentences[id]
			// The question's similarity stands for its answer's.
			out = append(out, retrieval.Hit{Score: h.Score, Dense: h.Dense, Coverage: h.Coverage, Chunk: retrieval.Chunk{
				ID: fmt.Sprintf("p%ds%d", n, id), Paragraph: n, Focus: id, Sentences: []int{id},
				Start: s.Start, End: s.End, Text: s.Text, Section: p.Section,
			}})
		}
	}
	return out
}

// askedBefore returns the paragraph before paragraph n when n opens with
// a speaker's label ("Quist: …") and the paragraph before is a question:
// the interviewer's question the answer replies to.
func (e *Engine) askedBefore(n int) (string, bool) {
	p, ok := e.art.Paragraph(n)
	if !ok || !labelled(p.Text) {
		return "", false
	}
	prev, ok := e.art.Paragraph(n - 1)
	if !ok || !strings.HasSuffix(strings.TrimSpace(prev.Text), "?") {
		return "", false
	}
	return prev.Text, true
}

// labelled reports whether a paragraph opens with a speaker's label: one
// to three capitalised words (or initials) and a colon. It reads only the
// paragraph's opening, without allocating: every candidate asks.
func labelled(text string) bool {
	label, _, ok := strings.Cut(text[:min(len(text), maxLabelBytes)], ":")
	if !ok || label == "" {
		return false
	}
	words := 0
	for rest := label; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w == "" || strings.ToLower(w[:1]) == w[:1] {
			return false
		}
		if words++; words > maxLabelWords {
			return false
		}
	}
	return true
}

// maxLabelBytes is how far into a paragraph its label's colon may stand:
// three names of a dozen letters.
const maxLabelBytes = 40
