package main

import (
	"context"
	"log/slog"

	"articlebot/eval"
)

// scoreSet builds the configured engine for one eval set and scores it: in
// llm mode when a model is configured, extractive otherwise.
func scoreSet(ctx context.Context, s evalSet, cfg config, log *slog.Logger) (evalReport, error) {
	eng, err := engineFor(ctx, s.article, cfg, log)
	if err != nil {
		return evalReport{}, err
	}
	r := evalReport{Set: s.name, Mode: string(eng.Mode())}
	if len(s.questions) > 0 {
		if r.Questions, err = eval.RunQuestions(ctx, eng, s.article, s.questions); err != nil {
			return r, err
		}
	}
	if s.quotes != nil {
		qr := eval.ScoreQuotes(eng.Quotations().Quotes(), s.quotes)
		r.Quotes = &qr
	}
	return r, nil
}
