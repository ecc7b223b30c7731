// Package retrieval finds the passages of an article that answer a question.
//
// An article is cut into overlapping chunks, one per sentence with its
// neighbours in the same paragraph (Chunks). Build indexes the chunks twice:
// as vectors in an in-memory chromem-go collection (dense search) and as
// terms in a BM25 inverted index (keyword search). Search runs both, fuses
// the two rankings by reciprocal rank fusion and then moves chunks quoting a
// speaker named in the question to the front.
//
// LocalEmbedder is a deterministic hashed embedder that needs no network and
// no model weights; a remote embedder can be plugged in through Options.
// Terms is the tokeniser shared by BM25, the embedder and other packages, so
// that everyone agrees on what a "term" is.
package retrieval
