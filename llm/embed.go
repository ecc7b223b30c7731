package llm

import (
	"context"
	"math"

	openai "github.com/sashabaranov/go-openai"
)

// Embed returns one L2-normalised vector per text, in the order of texts,
// computed by EmbeddingModel. It sends one request per EmbedBatchSize texts,
// each bounded by RequestTimeout and retried with backoff.
//
// The server may return a batch in any order: vectors are placed by their
// index. A response with the wrong number of vectors, a missing or repeated
// index, vectors of different dimensions (also across batches) or a zero
// vector fails with KindBadResponse.
func (c *Client) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if c.cfg.EmbeddingModel == "" {
		return nil, noModel("embed", "EMBEDDING_MODEL")
	}
	if len(texts) == 0 {
		return nil, nil
	}
	out := make([][]float32, 0, len(texts))
	dim := 0
	for start := 0; start < len(texts); start += c.cfg.EmbedBatchSize {
		batch := texts[start:min(start+c.cfg.EmbedBatchSize, len(texts))]
		var vecs [][]float32
		err := c.withRetry(ctx, "embed", func(ctx context.Context) error {
			var err error
			vecs, err = c.embedBatch(ctx, batch)
			return err
		})
		if err != nil {
			return nil, err
		}
		for i, v := range vecs {
			if dim == 0 {
				dim = len(v)
			}
			if len(v) != dim {
				return nil, badResponse("embed", "input %d has %d dimensions, want %d like the others", start+i, len(v), dim)
			}
		}
		out = append(out, vecs...)
	}
	return out, nil
}

// embedBatch makes one request for batch and checks the answer.
func (c *Client) embedBatch(ctx context.Context, batch []string) ([][]float32, error) {
	actx, cancel := c.requestContext(ctx)
	defer cancel()
	resp, err := c.api.CreateEmbeddings(actx, openai.EmbeddingRequestStrings{
		Input: batch,
		Model: openai.EmbeddingModel(c.cfg.EmbeddingModel),
	})
	if err != nil {
		return nil, c.failure(actx, "embed", err)
	}
	if len(resp.Data) != len(batch) {
		return nil, badResponse("embed", "got %d vectors for %d inputs", len(resp.Data), len(batch))
	}
	vecs := make([][]float32, len(batch))
	for _, d := range resp.Data {
		switch {
		case d.Index < 0 || d.Index >= len(batch):
			return nil, badResponse("embed", "index %d out of range for %d inputs", d.Index, len(batch))
		case vecs[d.Index] != nil:
			return nil, badResponse("embed", "index %d appears twice", d.Index)
		case len(d.Embedding) == 0:
			return nil, badResponse("embed", "index %d has an empty vector", d.Index)
		}
		v, ok := normalize(d.Embedding)
		if !ok {
			return nil, badResponse("embed", "index %d is a zero or non-finite vector", d.Index)
		}
		vecs[d.Index] = v
	}
	return vecs, nil
}

// normalize returns v scaled to unit length, or false when v has no length
// or holds NaN or infinity.
func normalize(v []float32) ([]float32, bool) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	norm := math.Sqrt(sum)
	if norm == 0 || math.IsNaN(norm) || math.IsInf(norm, 0) {
		return nil, false
	}
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(float64(x) / norm)
	}
	return out, true
}
