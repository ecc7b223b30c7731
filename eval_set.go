package main

import (
	"context"
	"log/slog"

	"articlebot/eval"
)

// scoreSet builds the configured engine for one eval set, in llm mode when
// a model is configured and extractive otherwise, and has eval score it.
func scoreSet(ctx context.Context, s eval.Set, cfg config, log *slog.Logger) (eval.Report, error) {
	eng, note, err := engineFor(ctx, s.Article, cfg, log, "")
	if err != nil {
		return eval.Report{}, err
	}
	if note != "" {
		log.Warn(note, "set", s.Name)
	}
	return eval.Score(ctx, s, eng)
}
