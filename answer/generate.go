package answer

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"articlebot/llm"
	"articlebot/prompts"
)

// Generator is what the engine needs of a language model.
type Generator interface {
	Stream(ctx context.Context, msgs []llm.Message, onDelta func(string)) (llm.Completion, error)
	Complete(ctx context.Context, msgs []llm.Message) (llm.Completion, error)
}

// Defaults for the prompt budget, sized for a 4k-token local model.
const (
	DefaultContextTokens = 4096
	DefaultAnswerTokens  = 512
	promptHistoryTurns   = 2
)

// generate answers with the model, checks the answer, and falls back to the
// extractive answer when the model fails or its answer cannot be checked.
func (e *Engine) generate(ctx context.Context, q string, history []Turn, onDelta func(string)) (Result, error) {
	r, err := e.retrieve(ctx, q, e.sources)
	if err != nil {
		return Result{}, err
	}
	sources := r.sources
	fallback := func(reason Fallback, notice string, cause error, warnings []string) (Result, error) {
		res := e.extractiveFrom(r)
		res.Notice, res.Fault, res.Fallback = notice, cause, reason
		res.Warnings = append(res.Warnings, warnings...)
		res.Warnings = append(res.Warnings, fmt.Sprintf("fallback (%s): %s", reason, notice))
		return res, nil
	}
	msgs, shown, err := e.answerPrompt(q, history, sources)
	if err != nil {
		return Result{}, err
	}
	comp, err := e.gen.Stream(ctx, msgs, onDelta)
	if llm.Classify(err) == llm.KindContextLength && len(shown) > 1 {
		e.log.Warn("prompt did not fit the model's context; retrying with fewer sources", "sources", len(shown)/2)
		if msgs, shown, err = e.promptWith(q, history, sources[:len(shown)/2]); err == nil {
			comp, err = e.gen.Complete(ctx, msgs)
		}
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return Result{}, err
		}
		e.log.Warn("model failed; answering extractively", "err", err)
		return fallback(fallbackReason(err), unavailableNotice(err), err, nil)
	}
	c := e.check(ctx, comp.Text, shown)
	var earlier []string
	if len(c.citations) == 0 && !c.abstained {
		e.log.Info("model answer had nothing the gate accepts; regenerating once", "warnings", c.warnings)
		earlier = append(earlier, "regenerated the answer: the model's first answer had no claim the article supports")
		for _, w := range c.warnings {
			earlier = append(earlier, "first answer: "+w)
		}
		retry := []llm.Message{msgs[0], {Role: llm.RoleUser, Content: msgs[1].Content + regenerateNote}}
		comp2, err := e.gen.Complete(ctx, retry)
		if err == nil {
			c = e.check(ctx, comp2.Text, shown)
			comp = comp2
		}
		if err != nil || (len(c.citations) == 0 && !c.abstained) {
			if errors.Is(err, context.Canceled) {
				return Result{}, err
			}
			if err != nil {
				e.log.Warn("model failed on the second try; answering extractively", "err", err)
				return fallback(fallbackReason(err), unavailableNotice(err), err, earlier)
			}
			res, err := fallback(FallbackNoValidCitation, "The model's answer could not be checked against the article, so this answer is made of the article's own sentences.",
				nil, append(earlier, prefixed("second answer: ", c.warnings)...))
			res.Gate = &c.stats // what the gate removed from the second answer
			return res, err
		}
	}
	res := Result{
		Answer:    c.text,
		Mode:      LLM,
		Abstained: c.abstained,
		Citations: c.citations,
		Sources:   c.sources,
		Warnings:  append(earlier, c.warnings...),
		Model:     comp.Model,
		Gate:      &c.stats,
	}
	if res.Citations == nil {
		res.Citations = []Citation{}
	}
	if res.Warnings == nil {
		res.Warnings = []string{}
	}
	return res, nil
}

func prefixed(p string, ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = p + w
	}
	return out
}

// regenerateNote is added to the question when the first answer cited no
// source the gate accepts.
const regenerateNote = "\n\nImportant: an earlier answer to this question cited no source correctly. " +
	"Cite the source numbers above as [n] after each fact, or say \"The article doesn't say.\""

// unavailableNotice says, without internal detail, why the model's answer
// is missing.
func unavailableNotice(err error) string {
	why := "it failed"
	switch llm.Classify(err) {
	case llm.KindTimeout:
		why = "it didn't answer in time"
	case llm.KindCutOff:
		why = "its answer was cut off"
	case llm.KindUnavailable, llm.KindRateLimited:
		why = "it was unavailable or busy"
	case llm.KindAuth:
		why = "it refused the API key"
	case llm.KindNotFound:
		why = "the endpoint or model was not found"
	case llm.KindBadResponse:
		why = "it sent a malformed answer"
	}
	return fmt.Sprintf("The model couldn't answer (%s), so this answer is made of the article's own sentences.", why)
}

// answerPrompt builds the messages for a question, dropping the
// lowest-ranked sources until the prompt fits the context budget.
func (e *Engine) answerPrompt(q string, history []Turn, sources []Source) ([]llm.Message, []Source, error) {
	budget := e.contextTokens - e.answerTokens
	for n := len(sources); ; n-- {
		msgs, shown, err := e.promptWith(q, history, sources[:n])
		if err != nil {
			return nil, nil, err
		}
		if n == 1 && tokens(msgs) > budget {
			// One source and still too long: shorten it rather than send a
			// prompt the server would truncate or refuse.
			return e.promptWith(q, history, []Source{e.shrinkSource(sources[0], tokens(msgs)-budget)})
		}
		if n <= 1 || tokens(msgs) <= budget {
			if n < len(sources) {
				e.log.Debug("dropped sources to fit the context", "kept", n, "of", len(sources))
			}
			return msgs, shown, nil
		}
	}
}

func (e *Engine) promptWith(q string, history []Turn, sources []Source) ([]llm.Message, []Source, error) {
	ps := make([]prompts.Source, len(sources))
	for i, s := range sources {
		p, _ := e.art.Paragraph(s.Paragraph)
		ps[i] = prompts.Source{N: s.N, Paragraph: s.Paragraph, Section: p.Section, Text: s.Text}
	}
	user, err := prompts.Answer(prompts.AnswerData{
		Title:    e.art.Title(),
		Question: q,
		Sources:  ps,
		History:  promptTurns(history),
	})
	if err != nil {
		return nil, nil, err
	}
	return []llm.Message{
		{Role: llm.RoleSystem, Content: prompts.System()},
		{Role: llm.RoleUser, Content: user},
	}, sources, nil
}

// promptTurns keeps the last turns, without citation markers that point
// to sources of earlier prompts.
func promptTurns(history []Turn) []prompts.Turn {
	if len(history) > promptHistoryTurns {
		history = history[len(history)-promptHistoryTurns:]
	}
	out := make([]prompts.Turn, len(history))
	for i, t := range history {
		answer := spaceBeforePunct.ReplaceAllString(markerRe.ReplaceAllString(t.Answer, ""), "$1")
		out[i] = prompts.Turn{Question: t.Question, Answer: strings.TrimSpace(answer)}
	}
	return out
}

// tokens estimates the tokens of a prompt conservatively: about three bytes
// a token, which over-counts English and so errs on the side of fitting.
func tokens(msgs []llm.Message) int {
	n := 0
	for _, m := range msgs {
		n += len(m.Content)/3 + 4
	}
	return n
}
