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
