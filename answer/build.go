package answer

import (
	"context"
	"fmt"

	"articlebot/article"
	"articlebot/retrieval"
)

// buildIndex makes the retrieval index of a's chunks. fallback is why the
// remote embedder was not used when it failed and the local one was.
func buildIndex(ctx context.Context, a *article.Article, chunks []retrieval.Chunk, opts Options) (ix *retrieval.Index, fallback, err error) {
	ix, err = retrieval.Build(ctx, chunks, opts.Retrieval)
	if err != nil && opts.Retrieval.EmbedBatch != nil && ctx.Err() == nil {
		// The article must stay answerable when the embedding endpoint is
		// down or its vectors do not fit: index it with the local embedder,
		// and keep the reason for the user.
		opts.Logger.Warn("remote embeddings failed; using the built-in local embedder", "err", err)
		fallback = err
		ix, err = retrieval.Build(ctx, chunks, retrieval.Options{Sentences: a.Sentences, Lexed: opts.Retrieval.Lexed})
	}
	if err != nil {
		return nil, nil, fmt.Errorf("index article: %w", err)
	}
	return ix, fallback, nil
}
