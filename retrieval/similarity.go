package retrieval

import (
	"context"
	"fmt"
)

// LocalSupportSimilarity is the similarity, in LocalEmbedder's space, from
// which a claim and an article passage count as saying the same thing when
// their words alone leave it borderline (see the citation gate in package
// answer). It belongs to this embedder: its vectors are hashed words and
// character n-grams, so unrelated texts score near 0 and paraphrases with
// other words not much higher, while a neural embedder scores unrelated
// news text at 0.3 to 0.5 and needs its own value. Calibrated on the tuned
// eval sets: among claims whose best passage held 20 to 40 % of their
// weighted words, correct own-words sentences scored -0.01 to 0.38 against
// it (5), wrong neighbouring passages -0.06 to 0.34 (28) and unsupported
// claims 0.10 to 0.33 (5); from 0.35 only one correct sentence passes and
// nothing wrong does. The local embedder adds little beyond the words: it
// is a tie-breaker, not a second measure.
const LocalSupportSimilarity = 0.35

// Similarity returns the cosine similarity of two texts in the index's
// embedding space, both embedded as queries are (after QueryPrefix). It
// makes one or two calls to the embedder, which for a remote one are
// network requests.
func (ix *Index) Similarity(ctx context.Context, a, b string) (float64, error) {
	va, err := ix.embed(ctx, ix.queryPrefix+a)
	if err != nil {
		return 0, fmt.Errorf("similarity: %w", err)
	}
	vb, err := ix.embed(ctx, ix.queryPrefix+b)
	if err != nil {
		return 0, fmt.Errorf("similarity: %w", err)
	}
	if len(va) != len(vb) {
		return 0, fmt.Errorf("similarity: vectors of %d and %d dimensions", len(va), len(vb))
	}
	ua, oka := unitCopy(va)
	ub, okb := unitCopy(vb)
	if !oka || !okb {
		return 0, nil // a text with nothing to embed resembles nothing
	}
	sim := 0.0
	for i := range ua {
		sim += float64(ua[i]) * float64(ub[i])
	}
	return sim, nil
}

// SupportSimilarity returns the similarity from which a claim and a passage
// count as saying the same thing in this index's embedding space, or 0 when
// none is known for its embedder.
func (ix *Index) SupportSimilarity() float64 { return ix.supportSim }
