// Package answer turns a question into a checked, cited answer: it rewrites
// follow-ups, retrieves passages from the article, answers extractively or
// with a language model, and checks every citation and quotation against the
// article before returning.
package answer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"time"

	"articlebot/article"
	"articlebot/lexicon"
	"articlebot/lexicon/wordvec"
	"articlebot/overview"
	"articlebot/quotes"
	"articlebot/retrieval"
)

// Options configure an Engine. The zero value gives the offline engine.
type Options struct {
	// Retrieval configures embedding; a nil Embed means the local embedder.
	Retrieval retrieval.Options
	// Window is how many neighbouring sentences each chunk carries per side.
	Window int
	// Sources is how many passages are retrieved and shown (default 6).
	Sources int
	// Generator, when set, writes answers (llm mode); Model names it.
	Generator Generator
	// ContextTokens is the model's context window and AnswerTokens the room
	// kept in it for the answer (defaults 4096 and 512).
	ContextTokens int
	AnswerTokens  int
	// SecondOpinion makes the citation gate ask the model, in one batched
	// yes/no request bounded by SecondOpinionTimeout (default
	// DefaultSecondOpinionTimeout), about the claims its measure finds
	// borderline.
	SecondOpinion        bool
	SecondOpinionTimeout time.Duration
	Logger               *slog.Logger
}

// Engine answers questions about one article. It is safe for concurrent use.
type Engine struct {
	art    *article.Article
	quotes *quotes.Index
	index  *retrieval.Index
	vocab  *vocabulary
	// evidence is what the citation gate reads of each sentence, built on
	// first use.
	evidence *evidenceOnce
	// arms are the article's compared figure pairs (figure_arms.go),
	// read on first use.
	arms    *armsOnce
	sources int
	log     *slog.Logger

	gen           Generator
	contextTokens int
	answerTokens  int

	secondOpinion        bool
	secondOpinionTimeout time.Duration

	// structure is what is known of the article as a whole (sentence
	// centrality, roles, headline), for questions about all of it.
	structure *structure

	embedFallback error // see EmbeddingFallback
}

// DefaultSources is how many passages are retrieved and shown per question
// when Options.Sources is 0: enough for recall@5 on the eval sets while
// keeping the prompt within the default context.
const DefaultSources = 6

// DefaultEmbedDim is the dimension of the built-in local embedder.
const DefaultEmbedDim = 512

// New indexes the article and returns an engine for it.
func New(ctx context.Context, a *article.Article, opts Options) (*Engine, error) {
	return newEngine(ctx, a, opts, true)
}

// newEngine is New; concurrent false builds the quotation index before the
// rest instead of beside it, for the test that both give the same engine.
func newEngine(ctx context.Context, a *article.Article, opts Options, concurrent bool) (*Engine, error) {
	if opts.Window <= 0 {
		opts.Window = 1
	}
	if opts.Sources <= 0 {
		opts.Sources = DefaultSources
	}
	if opts.ContextTokens <= 0 {
		opts.ContextTokens = DefaultContextTokens
	}
	if opts.SecondOpinionTimeout <= 0 {
		opts.SecondOpinionTimeout = DefaultSecondOpinionTimeout
	}
	if opts.AnswerTokens <= 0 {
		opts.AnswerTokens = DefaultAnswerTokens
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	// With the local embedder (nil Embed), the index embeds and tokenises
	// each sentence once and builds the chunks from them.
	opts.Retrieval.Sentences = a.Sentences
	// The quotation index is the longest path: its paragraphs are
	// tokenised first, on every core, and its attribution passes (mostly
	// one core) then run beside the sentence ranking, the vocabulary and
	// the chunks, which keep little of what they allocate. Run beside the
	// tokenising too, the ranking took a core from it and made the one-core
	// passes start later; after them a core was idle (on a 4.5 MB article,
	// 0.35 s of a 1.6 s `ask`). The retrieval index is built after the
	// quotation index, on every core: built beside it, the builder's
	// working state (about 60 MB on a 4.5 MB article) was live on top of
	// the index's 130 MB, 330 MB peak RSS instead of 240.
	tokenised := quotes.Tokenise(a)
	var qx *quotes.Index
	quoted := make(chan struct{})
	build := func() {
		defer close(quoted)
		qx = buildQuotes(tokenised, opts.Logger)
	}
	if concurrent {
		go build()
	} else {
		build()
	}
	// The sentences are tokenised once for the ranking and the retrieval
	// index, here, beside the quotation passes, where they were tokenised
	// by each (the index's share was about 150 ms of CPU on a 4.5 MB
	// article, on the path after the passes).
	opts.Retrieval.Lexed = retrieval.Lex(a.Sentences, 1)
	rank := overview.RankLexed(a, opts.Retrieval.Lexed)
	vocab := newVocabulary(a)
	chunks := retrieval.Chunks(a, opts.Window)
	// The WordNet table and the word vectors are read while the article
	// is indexed, not by the first question that needs a synonym or a soft
	// match; the goroutines end when they are ready.
	go lexicon.Warm()
	go wordvec.Warm()
	<-quoted
	for i := range chunks {
		chunks[i].Speakers = qx.SpeakersIn(chunks[i].Focus)
	}
	structure := newStructure(a, rank, qx)
	collectBeforeIndex(a)
	ix, fallback, err := buildIndex(ctx, a, chunks, opts)
	if err != nil {
		return nil, err
	}
	vocab.index = ix
	return &Engine{
		art:      a,
		quotes:   qx,
		index:    ix,
		vocab:    vocab,
		evidence: &evidenceOnce{},
		arms:     &armsOnce{},
		sources:  opts.Sources,
		log:      opts.Logger,

		gen:           opts.Generator,
		contextTokens: opts.ContextTokens,
		answerTokens:  opts.AnswerTokens,

		secondOpinion:        opts.SecondOpinion,
		secondOpinionTimeout: opts.SecondOpinionTimeout,

		structure: structure,

		embedFallback: fallback,
	}, nil
}

// largeArticle is the text length from which collectBeforeIndex collects:
// the quotation builder leaves about 12 bytes of garbage per byte of text
// (52 MB on the 4.5 MB benchmark article), so below 1 MB it leaves less
// than the heap's usual slack, and a forced collection of a server's
// whole heap (every article it holds) would cost more than it frees.
const largeArticle = 1 << 20

// collectBeforeIndex runs a garbage collection between the quotation
// builder and the retrieval index of a large article. The index's vectors
// (86 MB on a 4.5 MB article) were allocated while the builder's working
// state, dead but not yet collected, still held its pages; with GOGC's
// default the heap then grew to twice what was live at the last
// collection, which had counted that state: 211-226 MB peak RSS for the
// `ask` command at load 16, 193-196 MB with this collection (same build,
// runs alternated), at the cost of one collection of a heap of about
// 55 MB (a few tens of milliseconds).
func collectBeforeIndex(a *article.Article) {
	if len(a.Text) >= largeArticle {
		runtime.GC()
	}
}

// EmbeddingFallback returns why the article was indexed with the built-in
// local embedder instead of the remote one it was given, or nil when it
// was not.
func (e *Engine) EmbeddingFallback() error { return e.embedFallback }

// Article returns the article the engine answers about.
func (e *Engine) Article() *article.Article { return e.art }

// Mode says how the engine answers: with a model or extractively.
func (e *Engine) Mode() Mode {
	if e.gen != nil {
		return LLM
	}
	return Extractive
}

// Quotations returns the engine's quotation index.
func (e *Engine) Quotations() *quotes.Index { return e.quotes }

// Ask answers a question. onDelta, when not nil, receives the answer text as
// it is produced (all at once for extractive answers); the returned Result
// holds the final, checked answer, which may differ from the streamed text.
func (e *Engine) Ask(ctx context.Context, req Request, onDelta func(string)) (Result, error) {
	q, err := checkQuestion(req.Question)
	if err != nil {
		return Result{}, err
	}
	var res Result
	if w, ok := e.wholeOf(q, req.History); ok {
		res, err = e.answerWhole(ctx, q, w, req.History, onDelta)
	} else if e.gen != nil {
		standalone, warning := e.rewrite(ctx, q, req.History)
		res, err = e.generate(ctx, standalone, req.History, onDelta)
		res.Standalone = standalone
		if warning != "" {
			res.Warnings = append([]string{warning}, res.Warnings...)
		}
	} else {
		standalone := e.resolveFollowUp(q, req.History)
		res, err = e.extractive(ctx, standalone)
		res.Standalone = standalone
		if err == nil && onDelta != nil {
			onDelta(res.Answer)
		}
	}
	if err != nil {
		return Result{}, err
	}
	res.Question = q
	if res.Standalone == q {
		res.Standalone = ""
	}
	return res, nil
}

// retrieved is what a search found for a question.
type retrieved struct {
	question string
	speakers []string // speakers the question names
	hits     []retrieval.Hit
	sources  []Source // hits grouped into numbered passages
}

// retrieve searches the article for a question and groups the hits into
// numbered sources, one per paragraph, in rank order.
func (e *Engine) retrieve(ctx context.Context, question string, k int) (retrieved, error) {
	// Names in the question, misspelt or given as roles, are resolved to
	// the article's people before retrieval, and their canonical names
	// are searched for too, so that speaker-aware ranking and keyword
	// search work with any embedder.
	r := retrieved{question: question, speakers: e.quotes.Named(question)}
	var names []string
	for _, s := range r.speakers {
		if !strings.Contains(strings.ToLower(question), strings.ToLower(s)) {
			names = append(names, s)
		}
	}
	q := retrieval.Query{Text: question, Keywords: strings.Join(names, " "), Speakers: e.searchSpeakers(question, r.speakers), K: max(4*k, 20)}
	hits, err := e.index.Search(ctx, q)
	if errors.Is(err, retrieval.ErrDenseUnavailable) && ctx.Err() == nil {
		// The article must stay answerable while a remote embedding
		// endpoint is down: keywords alone still find the passages.
		e.log.Warn("query embedding failed; searching by keywords only", "err", err)
		q.KeywordOnly = true
		hits, err = e.index.Search(ctx, q)
	}
	if err != nil {
		return r, fmt.Errorf("search article: %w", err)
	}
	hits = e.withAnswers(relativeFirst(question, hits)) // kinship.go, interview.go
	r.hits, r.sources = hits, e.groupSources(hits, k)
	return r, nil
}
