package retrieval

import (
	"context"
	"errors"
	"fmt"
	"strings"

	chromem "github.com/philippgille/chromem-go"
)

// DefaultSpeakerMinDense is the dense similarity above which a chunk quoting
// a speaker of the question counts as on topic even when it shares no term
// with the question. It is tuned for LocalEmbedder, whose unrelated texts
// score near 0; neural embedders score unrelated text at 0.3 to 0.5 and need
// a higher value.
const DefaultSpeakerMinDense = 0.25

// Options configures Build.
type Options struct {
	// Embed embeds queries, and documents unless EmbedBatch is set. It is
	// required.
	Embed chromem.EmbeddingFunc
	// EmbedBatch, if set, embeds all documents in one call (a remote
	// endpoint batches and caches behind it). It must return one vector per
	// text, in order.
	EmbedBatch func(ctx context.Context, texts []string) ([][]float32, error)
	// DocPrefix and QueryPrefix are prepended to documents and queries
	// before embedding (nomic-embed-text wants "search_document: " and
	// "search_query: "). They are not indexed as keywords.
	DocPrefix, QueryPrefix string
	// Concurrency bounds the parallel calls to Embed and the tokenising
	// workers; ≤ 0 means GOMAXPROCS.
	Concurrency int
	// SpeakerMinDense is the speaker rule's similarity threshold (see
	// Index.Search); 0 means DefaultSpeakerMinDense.
	SpeakerMinDense float64
}

// Index holds the chunks of one article in a chromem-go collection (dense
// search) and a BM25 inverted index (keyword search). It is safe for
// concurrent searches.
type Index struct {
	chunks          []Chunk
	byID            map[string]int32
	col             *chromem.Collection
	vectors         vectorTable // the collection's vectors, scanned by Search
	dim             int         // 0 when nothing is in the collection
	embed           chromem.EmbeddingFunc
	queryPrefix     string
	keyword         *keywordIndex
	speakers        map[string][]int32 // speakerKey → chunks
	speakerMinDense float64
}

// Build embeds and indexes chunks. Chunk IDs must be unique and non-empty.
// All vectors must have the same dimension; they are stored normalised. A
// chunk whose vector is zero (nothing to embed, such as only stop words)
// stays out of the dense collection but is still found by keyword.
func Build(ctx context.Context, chunks []Chunk, opts Options) (*Index, error) {
	if opts.Embed == nil {
		return nil, errors.New("build index: no embedding function")
	}
	if opts.SpeakerMinDense == 0 {
		opts.SpeakerMinDense = DefaultSpeakerMinDense
	}
	ix := &Index{
		chunks:          chunks,
		byID:            make(map[string]int32, len(chunks)),
		embed:           opts.Embed,
		queryPrefix:     opts.QueryPrefix,
		speakers:        map[string][]int32{},
		speakerMinDense: opts.SpeakerMinDense,
	}
	for i, c := range chunks {
		if c.ID == "" {
			return nil, fmt.Errorf("build index: chunk %d has no ID", i)
		}
		if _, dup := ix.byID[c.ID]; dup {
			return nil, fmt.Errorf("build index: duplicate chunk ID %q", c.ID)
		}
		ix.byID[c.ID] = int32(i)
		seen := map[string]bool{}
		for _, s := range c.Speakers {
			if k := speakerKey(s); k != "" && !seen[k] {
				seen[k] = true
				ix.speakers[k] = append(ix.speakers[k], int32(i))
			}
		}
	}

	db := chromem.NewDB()
	// The collection's own embedding function is never used for documents
	// (Build passes every vector) and Search passes query vectors; it is
	// set because a nil one would fall back to OpenAI.
	col, err := db.CreateCollection("chunks", nil, normalized(opts.Embed))
	if err != nil {
		return nil, fmt.Errorf("build index: create collection: %w", err)
	}
	ix.col = col

	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = opts.DocPrefix + c.Text
	}
	vecs, err := embedDocuments(ctx, texts, opts)
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	for i, v := range vecs {
		if len(v) == 0 {
			return nil, fmt.Errorf("build index: chunk %s: empty embedding", chunks[i].ID)
		}
		if ix.dim == 0 {
			ix.dim = len(v)
		} else if len(v) != ix.dim {
			return nil, fmt.Errorf("build index: chunk %s: embedding has %d dimensions, want %d", chunks[i].ID, len(v), ix.dim)
		}
		if ix.vectors.data == nil {
			ix.vectors = vectorTable{dim: ix.dim, data: make([]float32, 0, len(vecs)*ix.dim)}
		}
		unit, ok := ix.vectors.addUnit(int32(i), v)
		if !ok {
			continue
		}
		doc := chromem.Document{ID: chunks[i].ID, Embedding: unit, Content: chunks[i].Text}
		if err := col.AddDocument(ctx, doc); err != nil {
			return nil, fmt.Errorf("build index: add chunk %s: %w", chunks[i].ID, err)
		}
	}

	terms := make([][]string, len(chunks))
	err = parallel(ctx, len(chunks), opts.Concurrency, func(i int) error {
		terms[i] = Terms(chunks[i].Text)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	ix.keyword = newKeywordIndex(terms)
	return ix, nil
}

// Len returns the number of chunks in the index.
func (ix *Index) Len() int { return len(ix.chunks) }

// speakerKey folds a name for comparison: "Steve  Witkoff", "steve witkoff"
// and "Stève Witkoff" are the same speaker.
func speakerKey(name string) string {
	var b strings.Builder
	scan(name, nil, func(tok []byte, _ bool) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(tok)
	})
	return b.String()
}
