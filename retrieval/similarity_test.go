package retrieval

import (
	"context"
	"testing"
)

func TestSimilarity(t *testing.T) {
	ix, err := Build(context.Background(), []Chunk{{ID: "a", Text: "x"}}, Options{Embed: LocalEmbedder(0)})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	same, err := ix.Similarity(ctx, "Putin agreed to halt attacks on energy sites", "Putin agreed to halt attacks on energy sites")
	if err != nil {
		t.Fatal(err)
	}
	near, _ := ix.Similarity(ctx, "Putin agreed to halt attacks on energy sites", "Putin agreed to stop attacking energy facilities")
	far, _ := ix.Similarity(ctx, "Putin agreed to halt attacks on energy sites", "The flood wall will cost four million dollars")
	none, _ := ix.Similarity(ctx, "the of and", "Putin")
	if same < 0.999 || !(near > far) || near >= same || none != 0 {
		t.Errorf("same %.3f, near %.3f, far %.3f, stop words only %.3f: want 1 > near > far and 0", same, near, far, none)
	}
}

// TestSupportThresholdsBelongToTheEmbedder: the built-in embedder brings its
// own calibrated thresholds for the citation gate; any other embedder has
// none until they are configured for it, and configured ones are kept.
func TestSupportThresholdsBelongToTheEmbedder(t *testing.T) {
	ctx := context.Background()
	chunks := []Chunk{{ID: "a", Text: "The ferry to Harl runs twice a day."}}
	local, err := Build(ctx, chunks, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if local.SupportSimilarity() != LocalSupportSimilarity || local.NamedSupportSimilarity() != LocalNamedSupportSimilarity {
		t.Errorf("built-in embedder: thresholds %.2f and %.2f, want %.2f and %.2f", local.SupportSimilarity(), local.NamedSupportSimilarity(), LocalSupportSimilarity, LocalNamedSupportSimilarity)
	}
	other := func(ctx context.Context, text string) ([]float32, error) { return []float32{1, 0}, nil }
	remote, err := Build(ctx, chunks, Options{Embed: other})
	if err != nil {
		t.Fatal(err)
	}
	if remote.SupportSimilarity() != 0 || remote.NamedSupportSimilarity() != 0 {
		t.Errorf("another embedder, nothing configured: thresholds %.2f and %.2f, want both off (0)", remote.SupportSimilarity(), remote.NamedSupportSimilarity())
	}
	set, err := Build(ctx, chunks, Options{Embed: other, SupportSimilarity: 0.6, NamedSupportSimilarity: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	if set.SupportSimilarity() != 0.6 || set.NamedSupportSimilarity() != 0.5 {
		t.Errorf("another embedder, configured 0.6 and 0.5: got %.2f and %.2f", set.SupportSimilarity(), set.NamedSupportSimilarity())
	}
}
