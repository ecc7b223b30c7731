package answer

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"

	"articlebot/article"
	"articlebot/overview"
	"articlebot/quotes"
)

// structure is what the engine knows of the article as a whole, computed
// once in New: sentence centrality, the roles of the people it names, and
// its headline.
type structure struct {
	rank  *overview.Ranking
	roles map[string]string
	// headline is the number of the paragraph holding the headline, or 0
	// when the article has none apart from its first sentence.
	headline int
}

// structuresBuilt counts structure computations, so a test can prove that
// centrality is computed once per article and never per question.
var structuresBuilt atomic.Int64

// newStructure completes the structure of a, whose sentences rank ranks,
// with the roles of the people qx finds.
func newStructure(a *article.Article, rank *overview.Ranking, qx *quotes.Index) *structure {
	structuresBuilt.Add(1)
	s := &structure{rank: rank, roles: quotes.Roles(a, qx)}
	for _, p := range a.Paragraphs {
		if p.Kind == article.Body {
			break
		}
		if p.Kind == article.Heading {
			s.headline = p.N
			break
		}
	}
	return s
}

// Lengths of answers about the whole article, in sentences: a tl;dr is the
// lead and one more, a summary four, main points five (the issue's "two to
// five sentences"); a length the asker gives is capped at maxWholeSentences.
const (
	briefSentences    = 2
	summarySentences  = 4
	pointsSentences   = 5
	maxWholeSentences = 8
	// maxListed bounds the people listed in one answer, to stay readable
	// (and within one Discord message).
	maxListed = 12
	// timelineEntries bounds a timeline.
	timelineEntries = 6
)

// wholeOf classifies a question, with its conversation, as a question about
// the whole article; ok false for an ordinary question.
func (e *Engine) wholeOf(q string, history []Turn) (wholeQuestion, bool) {
	var prev previous
	for _, t := range history {
		w, ok := classifyWhole(t.Question, prev)
		if !ok {
			w = wholeQuestion{}
		}
		prev = previous{asked: true, whole: w}
	}
	w, ok := classifyWhole(q, prev)
	if ok && w.kind == authorQ && e.authorIsAPerson(q) {
		// "Who is the author?" of a book review: the book's author.
		return wholeQuestion{}, false
	}
	if ok && e.namesPerson(q) {
		// "Summarize the Witkoff story": a person of the article is a
		// focus, whatever the words around the name.
		return wholeQuestion{}, false
	}
	return w, ok
}

// namesPerson reports whether a question names a person of the article.
func (e *Engine) namesPerson(q string) bool {
	for _, name := range e.quotes.Mentioned(q) {
		if sp, ok := e.quotes.Lookup(name); ok && sp.Kind == quotes.Person {
			return true
		}
	}
	return false
}

// answerWhole answers a question about the whole article from its
// structure: summaries from the lead and the most central sentences (with a
// model: written by it from those passages), people from the quotation
// index, the headline from the first paragraph.
func (e *Engine) answerWhole(ctx context.Context, q string, w wholeQuestion, history []Turn, onDelta func(string)) (Result, error) {
	var passages []passage
	switch w.kind {
	case headlineQ:
		return e.done(e.headlineAnswer(), onDelta), nil
	case quotedQ:
		return e.done(e.quotedAnswer(w, history), onDelta), nil
	case authorQ:
		return e.done(e.authorAnswer(), onDelta), nil
	case mentionedQ:
		return e.done(e.mentionedAnswer(w, history), onDelta), nil
	case sidesQ:
		passages = e.sides(w, history)
	case timelineQ:
		passages = e.timeline(w, history)
	default:
		passages = e.summary(w, history)
	}
	ex := e.render(w, passages)
	if e.gen == nil || len(passages) == 0 {
		return e.done(ex, onDelta), nil
	}
	return e.generateWhole(ctx, q, w, history, passages, ex, onDelta)
}

// done finishes an answer made without a model.
func (e *Engine) done(res Result, onDelta func(string)) Result {
	if onDelta != nil {
		onDelta(res.Answer)
	}
	return res
}

// passage is one sentence of an answer about the whole article, with the
// words shown before it (a speaker's name for "sides").
type passage struct {
	sent  article.Sentence
	label string
}

// shown returns the sentences that earlier answers in a run of whole-article
// questions already gave, so "what else?" goes on from them.
func (e *Engine) shown(w wholeQuestion, history []Turn) map[int]bool {
	if !w.more {
		return nil
	}
	out := map[int]bool{}
	for i := len(history) - 1; i >= 0; i-- {
		t := history[i]
		for _, s := range e.art.Sentences {
			if strings.Contains(t.Answer, s.Text) || strings.Contains(t.Answer, e.withReferent(s)) {
				out[s.ID] = true
			}
		}
		if _, ok := e.wholeOf(t.Question, history[:i]); !ok {
			break
		}
	}
	return out
}

// summary picks the sentences of a summary: the lead and the most central
// sentences, in article order.
func (e *Engine) summary(w wholeQuestion, history []Turn) []passage {
	n := w.sentences
	if n == 0 {
		switch w.kind {
		case briefQ:
			n = briefSentences
		case pointsQ:
			n = pointsSentences
		default:
			n = summarySentences
		}
	}
	n = min(n, maxWholeSentences)
	var out []passage
	pick := e.structure.rank.Pick
	if w.kind == pointsQ {
		pick = e.structure.rank.PickFigures
	}
	for _, id := range pick(n, !w.more, e.shown(w, history)) {
		out = append(out, passage{sent: e.art.Sentences[id]})
	}
	return out
}

// render makes the extractive answer from passages: a summary as prose,
// main points, sides and timelines as one line each.
func (e *Engine) render(w wholeQuestion, ps []passage) Result {
	res := Result{Mode: Extractive, Citations: []Citation{}, Sources: []Source{}, Warnings: []string{}}
	if len(ps) == 0 {
		res.Answer = nothingMore(w)
		res.Abstained = !w.more
		return res
	}
	list := w.kind == pointsQ || w.kind == sidesQ || w.kind == timelineQ
	var b strings.Builder
	if h := e.headlineFor(w, ps); h != nil {
		fmt.Fprintf(&b, "%s [1]\n\n", strings.TrimRight(h.Text, " "))
		res.cite(h.N, h.Text, h.Start, h.End, 0)
	}
	switch w.kind {
	case sidesQ:
		b.WriteString("The article gives these views:\n")
	case timelineQ:
		b.WriteString("In time order, as far as the article dates them:\n")
	}
	for i, p := range ps {
		n := res.cite(p.sent.Para, p.sent.Text, p.sent.Start, p.sent.End, e.structure.rank.Score(p.sent.ID))
		text := e.withReferent(p.sent)
		if p.label != "" {
			text = p.label + ": " + text
		}
		switch {
		case list:
			fmt.Fprintf(&b, "- %s [%d]\n", text, n)
		case i > 0:
			fmt.Fprintf(&b, " %s [%d]", text, n)
		default:
			fmt.Fprintf(&b, "%s [%d]", text, n)
		}
	}
	res.Answer = strings.TrimSpace(b.String())
	return res
}

// headlineFor returns the headline paragraph to open a summary or main
// points with, when the article has one that does not merely restate the
// lead (a near-duplicate is left out, the lead being the fuller).
func (e *Engine) headlineFor(w wholeQuestion, ps []passage) *article.Paragraph {
	if e.structure.headline == 0 || w.more || (w.kind != summaryQ && w.kind != pointsQ) {
		return nil
	}
	p, _ := e.art.Paragraph(e.structure.headline)
	for _, x := range ps {
		if e.structure.rank.SimilarText(p.Text, x.sent.ID) {
			return nil
		}
	}
	return &p
}

// cite adds a citation and a source for article text at [start, end) of
// paragraph para and returns its number.
func (r *Result) cite(para int, text string, start, end int, score float64) int {
	n := len(r.Citations) + 1
	r.Citations = append(r.Citations, Citation{N: n, Paragraph: para, Text: text})
	r.Sources = append(r.Sources, Source{N: n, Paragraph: para, Score: score, Text: text, start: start, end: end})
	return n
}

func nothingMore(w wholeQuestion) string {
	if w.more {
		return "That is all the article has to say on that."
	}
	return "The article doesn't say: it has no text to summarise."
}

// headlineAnswer cites the headline; for a web page whose title is not
// in its text, it gives the page's title and cites the lead; otherwise it
// says the article has no headline and gives its first sentence.
func (e *Engine) headlineAnswer() Result {
	res := Result{Mode: Extractive, Citations: []Citation{}, Sources: []Source{}, Warnings: []string{}}
	if h := e.structure.headline; h > 0 {
		p, _ := e.art.Paragraph(h)
		n := res.cite(p.N, p.Text, p.Start, p.End, 1)
		res.Answer = fmt.Sprintf("The headline is: %s [%d]", p.Text, n)
		return res
	}
	title := e.art.Meta.Title
	switch {
	case len(e.art.Sentences) == 0 && title != "":
		res.Answer = fmt.Sprintf("The page's title is: %s", title)
		return res
	case len(e.art.Sentences) == 0:
		res.Abstained = true
		res.Answer = "The article doesn't say: it has no headline and no text."
		return res
	}
	// The first sentence, not the summary's lead: with no headline, the
	// opening line stands in for one.
	s := e.art.Sentences[0]
	n := res.cite(s.Para, s.Text, s.Start, s.End, 1)
	if title != "" {
		// A web page's title is not part of its text, so it cannot be
		// cited; the lead it stands over can.
		res.Answer = fmt.Sprintf("The page's title is: %s. The article opens: %s [%d]", strings.TrimRight(title, "."), s.Text, n)
		return res
	}
	res.Answer = fmt.Sprintf("The article has no separate headline. It opens: %s [%d]", s.Text, n)
	return res
}
