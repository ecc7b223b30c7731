package main

import (
	"cmp"
	"context"
	_ "embed"
	"fmt"
	"io"
	"log/slog"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/llm"
	"articlebot/webarticle"
)

//go:embed article.txt
var shippedArticle []byte

// shippedName names the built-in article in messages.
const shippedName = "built-in article"

// stdinPath is the --article value that reads standard input.
const stdinPath = "-"

// loadArticle reads the article at path: an http(s) URL is fetched (pages
// cached under cacheDir), "-" reads stdin, "" is the built-in article, and
// anything else is a file. Files and pages may be text or HTML, told apart
// by their content. It is the one way in for an article.
func loadArticle(ctx context.Context, path string, stdin io.Reader, cacheDir string) (*article.Article, error) {
	switch {
	case path == "":
		return article.Parse(shippedName, shippedArticle)
	case path == stdinPath:
		return article.ReadWith(ctx, "standard input", stdin, webarticle.ParseFile)
	case webarticle.IsURL(path):
		// The user's own machine: any address may be fetched.
		return webarticle.New(webarticle.Options{CacheDir: cacheDir}).Load(ctx, path, false)
	}
	return article.LoadWith(ctx, path, webarticle.ParseFile)
}

// newEngine loads the article and builds the engine the configuration asks
// for: llm mode when an endpoint and chat model are configured, with remote
// embeddings (batched and cached on disk) when an embedding model is set.
// The note says how embeddings were made when that is news (see engineFor).
func newEngine(ctx context.Context, path string, stdin io.Reader, cfg config, log *slog.Logger, probe string) (*answer.Engine, string, error) {
	go answer.Warm() // ends when the tables are ready
	a, err := loadArticle(ctx, path, stdin, cfg.CacheDir)
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
		MaxRetries:        max(cfg.MaxRetries, 0),
		NoRetry:           cfg.MaxRetries == 0,
		EmbedBatchSize:    cfg.EmbedBatch,
		Temperature:       cfg.Temperature,
		MaxTokens:         cmp.Or(cfg.AnswerTokens, answer.DefaultAnswerTokens),
		Logger:            log,
		OnRetry:           cfg.onRetry,
	})
	if err != nil {
		return nil, usageError{msg: fmt.Sprintf("%v: check OPENAI_BASE_URL", err)}
	}
	return c, nil
}

// configuredArticle loads the configuration and the article at path (the
// built-in one for "", standard input for "-"): what every command that
// reads an article without a model starts with.
func configuredArticle(ctx context.Context, path string, std stdio, getenv env) (config, *article.Article, error) {
	cfg, err := loadConfig(getenv)
	if err != nil {
		return cfg, nil, err
	}
	a, err := loadArticle(ctx, path, std.in, cfg.CacheDir)
	return cfg, a, err
}

// quoteEngineFor builds an offline engine over the article at path:
// quotation lookup never needs a model.
func quoteEngineFor(ctx context.Context, path string, std stdio, getenv env) (*answer.Engine, *article.Article, error) {
	cfg, a, err := configuredArticle(ctx, path, std, getenv)
	if err != nil {
		return nil, nil, err
	}
	eng, err := answer.New(ctx, a, answer.Options{Sources: cfg.Sources})
	return eng, a, err
}

// newLogger logs to w at the configured level. Terminal commands log only
// errors, one line each and once (see lineHandler), unless LOG_LEVEL or a
// JSON log is asked for: what matters to their user is printed with the
// answer.
func newLogger(w io.Writer, cfg config) *slog.Logger {
	level := cfg.LogLevel
	switch {
	case !cfg.LogLevelSet && !cfg.LogJSON:
		return slog.New(newLineHandler(w, slog.LevelError))
	case !cfg.LogLevelSet:
		level = slog.LevelError
	}
	if cfg.LogJSON {
		return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level}))
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
