package answer

import (
	"context"
	"errors"
	"testing"

	"articlebot/article"
	"articlebot/retrieval"
)

func TestRemoteEmbeddingFailureFallsBackToLocal(t *testing.T) {
	a, err := article.Parse("story", []byte("The council met on Monday.\n\nIt approved the new bridge over the river.\n"))
	if err != nil {
		t.Fatal(err)
	}
	down := errors.New("endpoint down")
	remote := retrieval.Options{
		Embed:      func(context.Context, string) ([]float32, error) { return nil, down },
		EmbedBatch: func(context.Context, []string) ([][]float32, error) { return nil, down },
	}
	eng, err := New(context.Background(), a, Options{Retrieval: remote, Logger: quiet})
	if err != nil {
		t.Fatalf("got %v, want the article indexed with the local embedder", err)
	}
	if got := eng.EmbeddingFallback(); !errors.Is(got, down) {
		t.Errorf("EmbeddingFallback: got %v, want the remote failure", got)
	}
	res, err := eng.Ask(context.Background(), Request{Question: "What did the council approve?"}, nil)
	if err != nil || len(res.Sources) == 0 {
		t.Errorf("got %+v, %v; want passages found by the local embedder", res.Sources, err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New(ctx, a, Options{Retrieval: remote, Logger: quiet}); err == nil {
		t.Error("a cancelled build: got an engine, want the cancellation")
	}
	local, err := New(context.Background(), a, Options{Logger: quiet})
	if err != nil || local.EmbeddingFallback() != nil {
		t.Errorf("local embedder: got fallback %v, err %v; want none", local.EmbeddingFallback(), err)
	}
}
