package retrieval

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unsafe"

	"articlebot/article"

	chromem "github.com/philippgille/chromem-go"
)

// DefaultSpeakerMinDenseZ is how far above the article's baseline (see
// Index.DenseZ, in standard deviations) a chunk quoting a speaker of the
// question must be similar to it to count as on topic when it shares no
// term with the question. It was an absolute similarity of 0.25 tuned for
// LocalEmbedder; on the six tuned articles that is 1.55 to 2.25 standard
// deviations above their baselines (median 1.75). As a distance from the
// baseline it means the same for neural embedders, whose unrelated texts
// score 0.3 to 0.5 rather than near 0.
const DefaultSpeakerMinDenseZ = 1.75

// Options configures Build.
type Options struct {
	// Embed embeds queries, and documents unless EmbedBatch is set. nil
	// means LocalEmbedder(DefaultDim).
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
	// Sentences, when set with a nil Embed and EmbedBatch, are the
	// sentences of the article the chunks were made from (by Chunks): each
	// is then tokenised and hashed once, not once per chunk holding it.
	Sentences []article.Sentence
	// Lexed, if set, is Sentences tokenised (Lex), for a caller that
	// tokenised them beforehand; nil has Build do it.
	Lexed *Lexed
	// NoSynonyms turns off query expansion: by default a query word the
	// article never uses also searches for its WordNet synonyms that it
	// does use (see Search).
	NoSynonyms bool
	// SpeakerMinDenseZ is the speaker rule's similarity threshold, in
	// standard deviations above the article's baseline (see Index.Search
	// and Index.DenseZ); 0 means DefaultSpeakerMinDenseZ.
	SpeakerMinDenseZ float64
	// SupportSimilarity is the similarity, in this embedder's space, from
	// which a claim and a passage count as saying the same thing (see
	// Index.SupportSimilarity). With the local embedder 0 means
	// LocalSupportSimilarity; with another, 0 leaves the check off until
	// it is calibrated for that model.
	SupportSimilarity float64
	// NamedSupportSimilarity is the similarity, in this embedder's space,
	// that a claim carried by its names must keep against its passage
	// without them (see Index.NamedSupportSimilarity). With the local
	// embedder 0 means LocalNamedSupportSimilarity; with another, 0 leaves
	// such claims to the words alone.
	NamedSupportSimilarity float64
}

// Index holds the chunks of one article in a chromem-go collection (the
// document store; dense search scans the same vectors, see scan.go) and a
// BM25 inverted index (keyword search). It is safe for concurrent searches.
type Index struct {
	chunks []Chunk
	byID   map[string]int32
	// col is the chromem-go collection, filled after Build returns: no
	// search reads it (see Collection). stored is closed when it is full,
	// and storeErr says why it is not.
	col             *chromem.Collection
	stored          chan struct{}
	storeErr        error
	vectors         vectorTable // the collection's vectors, scanned by Search
	dim             int         // 0 when nothing is in the collection
	embed           chromem.EmbeddingFunc
	queryPrefix     string
	keyword         *keywordIndex
	speakers        map[string][]int32 // speakerKey → chunks
	speakerMinDense float64
	base            baseline // similarity of unrelated chunks, for DenseZ
	synonyms        bool     // expand queries with WordNet synonyms
	local           bool     // embedded by the local embedder
	supportSim      float64
	namedSupportSim float64
}

// Build embeds and indexes chunks. Chunk IDs must be unique and non-empty.
// All vectors must have the same dimension; they are stored normalised. A
// chunk whose vector is zero (nothing to embed, such as only stop words)
// stays out of the dense collection but is still found by keyword.
func Build(ctx context.Context, chunks []Chunk, opts Options) (*Index, error) {
	local := opts.Embed == nil && opts.EmbedBatch == nil
	if opts.Embed == nil {
		if opts.EmbedBatch != nil {
			return nil, errors.New("build index: a batch embedder needs a query embedder")
		}
		opts.Embed = LocalEmbedder(DefaultDim)
	}
	if opts.SpeakerMinDenseZ == 0 {
		opts.SpeakerMinDenseZ = DefaultSpeakerMinDenseZ
	}
	if local && opts.SupportSimilarity == 0 {
		opts.SupportSimilarity = LocalSupportSimilarity
	}
	if local && opts.NamedSupportSimilarity == 0 {
		opts.NamedSupportSimilarity = LocalNamedSupportSimilarity
	}
	ix := &Index{
		chunks:          chunks,
		byID:            make(map[string]int32, len(chunks)),
		embed:           opts.Embed,
		supportSim:      opts.SupportSimilarity,
		namedSupportSim: opts.NamedSupportSimilarity,
		queryPrefix:     opts.QueryPrefix,
		speakers:        map[string][]int32{},
		speakerMinDense: opts.SpeakerMinDenseZ,
		synonyms:        !opts.NoSynonyms,
		local:           local,
	}
	for i, c := range chunks {
		if c.ID == "" {
			return nil, fmt.Errorf("build index: chunk %d has no ID", i)
		}
		if _, dup := ix.byID[c.ID]; dup {
			return nil, fmt.Errorf("build index: duplicate chunk ID %q", c.ID)
		}
		ix.byID[c.ID] = int32(i)
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

	// terms gives chunk d's search terms, in order.
	var terms func(d int, emit func(string))
	if local && opts.Sentences != nil {
		ix.dim = DefaultDim
		ix.vectors = vectorTable{dim: DefaultDim}
		ct, err := composeLocal(ctx, chunks, opts.Sentences, opts.Lexed, opts.Concurrency, &ix.vectors)
		if err != nil {
			return nil, fmt.Errorf("build index: %w", err)
		}
		terms = ct.each
	} else {
		if err := ix.embedChunks(ctx, opts); err != nil {
			return nil, err
		}
		docs := make([][]string, len(chunks))
		err = parallel(ctx, len(chunks), opts.Concurrency, func(i int) error {
			docs[i] = Terms(chunks[i].Text)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("build index: %w", err)
		}
		terms = termsOf(docs)
	}
	// The keyword index is built beside the speakers' chunks and the
	// baseline: each writes only its own fields, and all three read only
	// the chunks, their terms and the vectors, which are finished.
	keyed := make(chan struct{})
	go func() {
		defer close(keyed)
		ix.keyword = buildKeywordIndex(len(chunks), terms)
	}()
	ix.indexSpeakers()
	ix.calibrate()
	<-keyed
	// The chunks are stored in the collection after Build returns: no
	// search reads it, and chromem's checking and storing each document
	// (about 60 ms of CPU for the 42,000 chunks of a 4.5 MB article) was
	// on the path to the first answer.
	ix.stored = make(chan struct{})
	go ix.store(ctx)
	return ix, nil
}

// store adds every chunk with a vector to the collection, then closes
// ix.stored.
func (ix *Index) store(ctx context.Context) {
	defer close(ix.stored)
	for r, d := range ix.vectors.docs {
		c := &ix.chunks[d]
		doc := chromem.Document{ID: c.ID, Embedding: ix.vectors.row(r), Content: c.Text}
		if err := ix.col.AddDocument(ctx, doc); err != nil {
			ix.storeErr = fmt.Errorf("store chunk %s: %w", c.ID, err)
			return
		}
	}
}

// Collection returns the chromem-go collection holding every chunk that
// has a vector, waiting until they are all in it, or why they are not.
func (ix *Index) Collection() (*chromem.Collection, error) {
	<-ix.stored
	return ix.col, ix.storeErr
}

// indexSpeakers maps each speaker to the chunks quoting them. An article
// names a few hundred speakers in tens of thousands of chunks, so each
// name is folded once; a chunk has a speaker or two, so a short list, not
// a map made per chunk, tells its repeats.
func (ix *Index) indexSpeakers() {
	keys := map[string]string{}
	var seen []string
	for i := range ix.chunks {
		c := &ix.chunks[i]
		seen = seen[:0]
		for _, s := range c.Speakers {
			k, ok := keys[s]
			if !ok {
				k = speakerKey(s)
				keys[s] = k
			}
			if k != "" && !slices.Contains(seen, k) {
				seen = append(seen, k)
				ix.speakers[k] = append(ix.speakers[k], int32(i))
			}
		}
	}
}

// embedChunks embeds the chunks with opts' embedder and fills the table.
func (ix *Index) embedChunks(ctx context.Context, opts Options) error {
	texts := make([]string, len(ix.chunks))
	for i, c := range ix.chunks {
		texts[i] = opts.DocPrefix + c.Text
	}
	vecs, err := embedDocuments(ctx, texts, opts)
	if err != nil {
		return fmt.Errorf("build index: %w", err)
	}
	for i, v := range vecs {
		if len(v) == 0 {
			return fmt.Errorf("build index: chunk %s: empty embedding", ix.chunks[i].ID)
		}
		if ix.dim == 0 {
			ix.dim = len(v)
			ix.vectors = vectorTable{dim: ix.dim}
		} else if len(v) != ix.dim {
			return fmt.Errorf("build index: chunk %s: embedding has %d dimensions, want %d", ix.chunks[i].ID, len(v), ix.dim)
		}
		ix.vectors.addUnit(int32(i), v)
	}
	return nil
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

// Bytes estimates the memory the index holds: its vectors, postings and
// chunks (texts are the article's, not counted here).
func (ix *Index) Bytes() int64 {
	n := ix.vectors.bytes() + int64(len(ix.vectors.docs))*4
	for _, c := range ix.chunks {
		// chromem keeps a Document, its metadata map and a map entry: about
		// 200 bytes.
		n += int64(unsafe.Sizeof(c)) + int64(len(c.ID)) + int64(len(c.Sentences))*8 + 200
	}
	if k := ix.keyword; k != nil {
		for _, ps := range k.postings {
			n += int64(len(ps)) * int64(unsafe.Sizeof(posting{}))
		}
		for t := range k.ids {
			n += int64(len(t)) + 32
		}
		n += int64(len(k.docLen)) * 4
	}
	return n
}
