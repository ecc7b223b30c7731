package main

import (
	"context"
	"log/slog"

	"articlebot/answer"
	"articlebot/eval"
)

// scoreSet builds an engine for one eval set and scores it.
func scoreSet(ctx context.Context, s evalSet, cfg config, log *slog.Logger) (evalReport, error) {
	eng, err := answer.New(ctx, s.article, answer.Options{Sources: cfg.Sources, Logger: log})
	if err != nil {
		return evalReport{}, err
	}
	r := evalReport{Set: s.name, Mode: string(answer.Extractive)}
	para := func(n int) (string, bool) {
		p, ok := s.article.Paragraph(n)
		return p.Text, ok
	}
	if len(s.questions) > 0 {
		if r.Questions, err = eval.RunQuestions(ctx, eng, para, s.questions); err != nil {
			return r, err
		}
	}
	if s.quotes != nil {
		qr := eval.ScoreQuotes(eng.Quotations().Quotes(), s.quotes)
		r.Quotes = &qr
	}
	return r, nil
}
