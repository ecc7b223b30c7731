package main

import (
	"context"
	"log/slog"

	"articlebot/eval"
)

// scoreSet builds the configured engine for one eval set and scores it: in
// llm mode when a model is configured, extractive otherwise.
func scoreSet(ctx context.Context, s eval.Set, cfg config, log *slog.Logger) (evalReport, error) {
	eng, note, err := engineFor(ctx, s.Article, cfg, log, "")
	if err != nil {
		return evalReport{}, err
	}
	if note != "" {
		log.Warn(note, "set", s.Name)
	}
	r := evalReport{Set: s.Name, Group: s.Group, Mode: string(eng.Mode())}
	if len(s.Questions) > 0 {
		if r.Questions, err = eval.RunQuestions(ctx, eng, s.Article, s.Questions); err != nil {
			return r, err
		}
		r.Whole = eval.ScoreWhole(s.Article, r.Questions.Results, s.People)
	}
	if s.Quotes != nil {
		qr := eval.ScoreQuotes(eng.Quotations().Quotes(), s.Quotes)
		r.Quotes = &qr
	}
	if s.People != nil {
		pr := eval.ScorePeople(eng.Quotations(), s.People)
		r.People = &pr
	}
	return r, nil
}
