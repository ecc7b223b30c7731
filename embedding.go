package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"

	"articlebot/answer"
	"articlebot/article"
	"articlebot/embedcache"
	"articlebot/llm"
	"articlebot/retrieval"
)

// remoteEmbeddings wires the endpoint's embeddings to the on-disk cache and
// checks that what the cache holds still matches what the server returns.
type remoteEmbeddings struct {
	client *llm.Client
	cache  *embedcache.Cache

	mu       sync.Mutex
	fetched  int // document texts embedded by the server during this run
	memoText string
	memoVec  []float32
}

func newRemoteEmbeddings(client *llm.Client, cfg config, log *slog.Logger) *remoteEmbeddings {
	return &remoteEmbeddings{
		client: client,
		cache:  embedcache.Open(cfg.CacheDir, cfg.BaseURL+"|"+cfg.EmbeddingModel+"|"+cfg.DocPrefix, log),
	}
}

func (r *remoteEmbeddings) options(cfg config) retrieval.Options {
	return retrieval.Options{
		Embed:       r.query,
		EmbedBatch:  r.cache.Wrap(r.documents),
		DocPrefix:   cfg.DocPrefix,
		QueryPrefix: cfg.QueryPrefix,
		// The gate's similarity threshold belongs to the embedding
		// model: 0 (unset) leaves that check off for a remote one.
		SupportSimilarity:      cfg.EmbedSupportSimilarity,
		NamedSupportSimilarity: cfg.EmbedNamedSupportSimilarity,
	}
}

func (r *remoteEmbeddings) documents(ctx context.Context, texts []string) ([][]float32, error) {
	r.mu.Lock()
	r.fetched += len(texts)
	r.mu.Unlock()
	return r.client.Embed(ctx, texts)
}

// query embeds one query text. The last text is remembered, so that the
// check made at start with the question costs no second request when the
// search embeds the same text.
func (r *remoteEmbeddings) query(ctx context.Context, text string) ([]float32, error) {
	r.mu.Lock()
	if r.memoVec != nil && r.memoText == text {
		v := r.memoVec
		r.mu.Unlock()
		return v, nil
	}
	r.mu.Unlock()
	v, err := r.client.Embed(ctx, []string{text})
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	r.memoText, r.memoVec = text, v[0]
	r.mu.Unlock()
	return v[0], nil
}

// stale reports whether the index was built from cached vectors only and
// the server's query vectors now have another number of dimensions (the
// model was changed on the server under the same name). It then drops the
// cache, so that the next build embeds every text anew.
func (r *remoteEmbeddings) stale(ctx context.Context, probe string) bool {
	r.mu.Lock()
	fetched := r.fetched
	r.mu.Unlock()
	if fetched > 0 || r.cache.Dim() == 0 {
		return false // vectors fresh from the server match it
	}
	v, err := r.query(ctx, probe)
	if err != nil || len(v) == r.cache.Dim() {
		return false // a failing query embedding is handled per question
	}
	r.cache.Reset(len(v))
	return true
}

// engineFor builds the configured engine for an article, and says how the
// embeddings were made when that is news for the user: the cache rebuilt
// for a new model, or the local embedder used because the endpoint's
// embeddings failed. probe is a text to check the cached embeddings
// against the server with (the question, when there is one, so that the
// check costs no request of its own); "" checks with the article's title.
func engineFor(ctx context.Context, a *article.Article, cfg config, log *slog.Logger, probe string) (*answer.Engine, string, error) {
	if err := cfg.modelError(); err != nil {
		return nil, "", err
	}
	opts := answer.Options{
		Sources:       cfg.Sources,
		ContextTokens: cfg.ContextTokens,
		AnswerTokens:  cfg.AnswerTokens,
		Logger:        log,

		SecondOpinion:        cfg.SecondOpinion,
		SecondOpinionTimeout: cfg.SecondOpinionTimeout,
	}
	if !cfg.llmEnabled() {
		eng, err := answer.New(ctx, a, opts)
		return eng, "", err
	}
	client, err := newLLMClient(cfg, log)
	if err != nil {
		return nil, "", err
	}
	opts.Generator = client
	if cfg.EmbeddingModel == "" {
		eng, err := answer.New(ctx, a, opts)
		return eng, "", err
	}
	remote := newRemoteEmbeddings(client, cfg, log)
	opts.Retrieval = remote.options(cfg)
	eng, err := answer.New(ctx, a, opts)
	if probe = strings.TrimSpace(probe); probe == "" {
		probe = a.Title()
	}
	if err == nil && remote.stale(ctx, cfg.QueryPrefix+probe) {
		eng, err = answer.New(ctx, a, opts)
	}
	if err != nil {
		return nil, "", err
	}
	note := remote.cache.Rebuilt()
	if why := eng.EmbeddingFallback(); why != nil {
		// answer.New indexed the article with the local embedder: say why.
		note = fmt.Sprintf("the endpoint's embeddings failed (%s), so passages are found with the built-in local embedder", embeddingReason(why))
	}
	return eng, note, nil
}

// embeddingReason says in a few words why remote embeddings failed, without
// a server's raw text.
func embeddingReason(err error) string {
	var le *llm.Error
	if errors.As(err, &le) {
		return strings.TrimSuffix(le.UserMessage(), ".")
	}
	return "its vectors did not fit the index"
}
