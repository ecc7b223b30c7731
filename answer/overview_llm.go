package answer

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"articlebot/llm"
	"articlebot/prompts"
)

// Model summaries follow the system prompt's "at most four short
// sentences"; the sources shown are the paragraphs of up to
// maxWholeSentences picked sentences, the lead's first.
const maxModelSentences = 4

// uncheckedSummaryNotice says why a model's summary was replaced.
const uncheckedSummaryNotice = "The model's summary could not be checked against the article, so this one is made of the article's own sentences."

// generateWhole has the model write a summary, main points, sides or a
// timeline from the passages chosen for it; the answer passes the same
// gate as any model answer, and is regenerated once when nothing in it is
// supported. When the model fails, or its answer still cites nothing the
// gate accepts, or it says the article doesn't say (a summary always
// exists), the extractive answer ex stands, with a notice.
func (e *Engine) generateWhole(ctx context.Context, q string, w wholeQuestion, history []Turn, ps []passage, ex Result, onDelta func(string)) (Result, error) {
	fallback := func(reason Fallback, notice string, cause error, warnings []string) (Result, error) {
		ex.Notice, ex.Fault, ex.Fallback = notice, cause, reason
		ex.Warnings = append(ex.Warnings, warnings...)
		ex.Warnings = append(ex.Warnings, fmt.Sprintf("fallback (%s): %s", reason, notice))
		return ex, nil
	}
	sources := e.wholeSources(w, ps, history)
	msgs, shown, err := e.summaryPrompt(q, w, history, sources)
	if err != nil {
		return Result{}, err
	}
	comp, err := e.gen.Stream(ctx, msgs, onDelta)
	var earlier []string
	c := checked{}
	for try := 0; ; try++ {
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return Result{}, err
			}
			e.log.Warn("model failed on a whole-article question; answering extractively", "err", err)
			return fallback(fallbackReason(err), unavailableNotice(err), err, earlier)
		}
		c = e.check(ctx, comp.Text, shown)
		if len(c.citations) > 0 && !c.abstained {
			break
		}
		if try == 1 {
			e.log.Info("model summary cited nothing the gate accepts; answering extractively", "warnings", c.warnings)
			return fallback(FallbackNoValidCitation, uncheckedSummaryNotice, nil, append(earlier, prefixed("second answer: ", c.warnings)...))
		}
		earlier = append(earlier, "regenerated the answer: the model's first answer had no claim the article supports")
		earlier = append(earlier, prefixed("first answer: ", c.warnings)...)
		retry := []llm.Message{msgs[0], {Role: llm.RoleUser, Content: msgs[1].Content + regenerateNote}}
		comp, err = e.gen.Complete(ctx, retry)
	}
	res := Result{
		Answer:    c.text,
		Mode:      LLM,
		Citations: c.citations,
		Sources:   c.sources,
		Warnings:  append(earlier, c.warnings...),
		Model:     comp.Model,
		Gate:      &c.stats,
	}
	if res.Warnings == nil {
		res.Warnings = []string{}
	}
	return res, nil
}

// wholeSources turns passages into numbered sources for the model: for a
// summary, the paragraphs of the picked sentences (more of them than the
// extractive answer uses, so the model has room to choose), the lead's
// first; for sides and timelines, the paragraphs of the passages. Each
// paragraph appears once, in article order.
func (e *Engine) wholeSources(w wholeQuestion, ps []passage, history []Turn) []Source {
	if w.kind == summaryQ || w.kind == briefQ || w.kind == pointsQ {
		wider := w
		wider.sentences = maxWholeSentences
		ps = e.summary(wider, history)
	}
	// The headline is not a source: the prompt gives it as the article's
	// title, and a summary should stand on the reporting.
	seen := map[int]bool{}
	var out []Source
	for _, x := range ps {
		if seen[x.sent.Para] {
			continue
		}
		seen[x.sent.Para] = true
		p, _ := e.art.Paragraph(x.sent.Para)
		out = append(out, Source{Paragraph: p.N, Score: e.structure.rank.Score(x.sent.ID), Text: p.Text, start: p.Start, end: p.End})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Paragraph < out[j].Paragraph })
	for i := range out {
		out[i].N = i + 1
	}
	return out
}

// summaryPrompt builds the messages for a whole-article question, dropping
// the least central sources (never the first, which opens the article)
// until the prompt fits the context budget.
func (e *Engine) summaryPrompt(q string, w wholeQuestion, history []Turn, sources []Source) ([]llm.Message, []Source, error) {
	budget := e.contextTokens - e.answerTokens
	kind := map[wholeKind]string{pointsQ: "points", sidesQ: "sides", timelineQ: "timeline"}[w.kind]
	if kind == "" {
		kind = "summary"
	}
	n := w.sentences
	if n == 0 {
		n = map[wholeKind]int{briefQ: briefSentences, sidesQ: maxSides, timelineQ: timelineEntries}[w.kind]
	}
	if n == 0 {
		n = maxModelSentences
	}
	n = min(n, maxModelSentences)
	shrunk := false
	for {
		ps := make([]prompts.Source, len(sources))
		for i, s := range sources {
			p, _ := e.art.Paragraph(s.Paragraph)
			ps[i] = prompts.Source{N: s.N, Paragraph: s.Paragraph, Section: p.Section, Text: s.Text}
		}
		user, err := prompts.Summary(prompts.SummaryData{
			Title: e.art.Title(), Question: q, Kind: kind, Sentences: n, Sources: ps, History: promptTurns(history),
		})
		if err != nil {
			return nil, nil, err
		}
		msgs := []llm.Message{
			{Role: llm.RoleSystem, Content: prompts.System()},
			{Role: llm.RoleUser, Content: user},
		}
		if len(sources) == 1 && tokens(msgs) > budget && !shrunk {
			sources, shrunk = []Source{e.shrinkSource(sources[0], tokens(msgs)-budget)}, true
			continue
		}
		if len(sources) <= 1 || tokens(msgs) <= budget || shrunk {
			return msgs, sources, nil
		}
		sources = dropLeastCentral(sources)
	}
}

// dropLeastCentral removes the lowest-scored source but the first, and
// renumbers the rest.
func dropLeastCentral(sources []Source) []Source {
	worst := 1
	for i := 2; i < len(sources); i++ {
		if sources[i].Score < sources[worst].Score {
			worst = i
		}
	}
	out := append(append([]Source(nil), sources[:worst]...), sources[worst+1:]...)
	for i := range out {
		out[i].N = i + 1
	}
	return out
}
