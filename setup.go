package main

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"log/slog"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/llm"
)

//go:embed article.txt
var shippedArticle []byte

// shippedName names the built-in article in messages.
const shippedName = "built-in article"

// stdinPath is the --article value that reads standard input.
const stdinPath = "-"

// loadArticle reads the article at path, from stdin when path is "-", or
// the built-in one when path is "". It is the one way in for an article.
func loadArticle(ctx context.Context, path string, stdin io.Reader) (*article.Article, error) {
	switch path {
	case "":
		return article.Parse(shippedName, shippedArticle)
	case stdinPath:
		return article.Read(ctx, "standard input", stdin)
	}
	return article.LoadContext(ctx, path)
}

// newEngine loads the article and builds the engine the configuration asks
// for: llm mode when an endpoint and chat model are configured, with remote
// embeddings (batched and cached on disk) when an embedding model is set.
// The note says how embeddings were made when that is news (see engineFor).
func newEngine(ctx context.Context, path string, stdin io.Reader, cfg config, log *slog.Logger, probe string) (*answer.Engine, string, error) {
	a, err := loadArticle(ctx, path, stdin)
	if err != nil {
		return nil, "", err
	}
	return engineFor(ctx, a, cfg, log, probe)
}

// newLLMClient builds the model client from the configuration.
func newLLMClient(cfg config, log *slog.Logger) (*llm.Client, error) {
	c, err := llm.New(llm.Config{
		BaseURL:           cfg.BaseURL,
		APIKey:            cfg.APIKey,
		ChatModel:         cfg.ChatModel,
		EmbeddingModel:    cfg.EmbeddingModel,
		ConnectTimeout:    cfg.ConnectTimeout,
		FirstTokenTimeout: cfg.FirstTokenTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		RequestTimeout:    cfg.RequestTimeout,
		MaxRetries:        cfg.MaxRetries,
		NoRetry:           cfg.MaxRetries == 0,
		EmbedBatchSize:    cfg.EmbedBatch,
		Temperature:       cfg.Temperature,
		MaxTokens:         cfg.AnswerTokens,
		Logger:            log,
		OnRetry:           cfg.onRetry,
	})
	if err != nil {
		return nil, usageError{msg: fmt.Sprintf("%v: check OPENAI_BASE_URL", err)}
	}
	return c, nil
}

// newQuoteEngine builds an offline engine: quotation lookup never needs a
// model or remote embeddings.
func newQuoteEngine(ctx context.Context, a *article.Article, cfg config) (*answer.Engine, error) {
	return answer.New(ctx, a, answer.Options{Sources: cfg.Sources})
}

// newLogger logs to w at the configured level. Terminal commands log only
// errors unless LOG_LEVEL is set: what matters to their user is printed
// with the answer.
func newLogger(w io.Writer, cfg config) *slog.Logger {
	level := cfg.LogLevel
	if !cfg.LogLevelSet {
		level = slog.LevelError
	}
	if cfg.LogJSON {
		return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level}))
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
