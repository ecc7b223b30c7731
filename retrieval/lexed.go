package retrieval

import (
	"runtime"
	"sync"

	"articlebot/article"
)

// Lexed is the sentences of an article tokenised once, for the two readers
// of every sentence's terms: the index's composed vectors (composeLocal)
// and the overview's sentence ranking. Each scanned, folded and stemmed
// every sentence on its own (on a 4.5 MB article about 150 ms of CPU
// each); a Lexed made on a core that would otherwise wait for the
// quotation index serves both. A sentence is kept as the indexes of its
// content tokens (stop words dropped) into a table of the distinct tokens,
// each with its term, the term's hash and its character n-gram hashes,
// which are what the embedder hashes (features.token): about 2 MB of
// indexes instead of the 20 MB of per-sentence term lists the index kept.
type Lexed struct {
	tokens []lexToken
	chars  []uint64 // the character n-gram hashes; token t's are chars[t.lo:t.hi]
	terms  []string // the distinct terms, in order of first use
	ids    []int32  // the content tokens of every sentence, in order
	at     []int32  // sentence s's are ids[at[s]:at[s+1]]
}

// lexToken is one distinct token of a Lexed.
type lexToken struct {
	term   int32  // index in Lexed.terms
	word   uint64 // hashString(seedWord, the term)
	lo, hi int32  // its character n-gram hashes in Lexed.chars
}

// Lex tokenises sents as Terms does, on up to workers cores (≤ 0 means
// GOMAXPROCS), each taking a run of sentences; the runs' tables are merged
// in order, so the result is the same for any number of workers.
func Lex(sents []article.Sentence, workers int) *Lexed {
	runs := workerRuns(len(sents), workers)
	parts := make([]*lexer, len(runs))
	var wg sync.WaitGroup
	for k, r := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[k] = newLexer()
			for _, s := range sents[r[0]:r[1]] {
				parts[k].sentence(s.Text)
			}
		}()
	}
	wg.Wait()
	if len(parts) == 0 {
		return &Lexed{at: []int32{0}}
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out.merge(p)
	}
	return &out.Lexed
}

// workerRuns splits n items into up to workers runs of consecutive items
// (≤ 0 means GOMAXPROCS), as [start, end).
func workerRuns(n, workers int) [][2]int {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	per := (n + workers - 1) / workers
	var runs [][2]int
	for lo := 0; lo < n; lo += per {
		runs = append(runs, [2]int{lo, min(lo+per, n)})
	}
	return runs
}

// lexer builds a Lexed one sentence at a time.
type lexer struct {
	Lexed
	byToken   map[string]int32 // a folded token → its index in tokens, or -1 for a stop word
	byAcronym map[string]int32 // the same for a dotted acronym, which is never a stop word
	byTerm    map[string]int32 // a term → its index in terms
	keys      []string         // token t's folded text
	acronyms  []bool           // whether token t is an acronym
	buf       []byte
	padded    []byte
}

func newLexer() *lexer {
	return &lexer{
		Lexed:     Lexed{at: []int32{0}},
		byToken:   map[string]int32{},
		byAcronym: map[string]int32{},
		byTerm:    map[string]int32{},
		buf:       make([]byte, 0, maxTokenLen+8),
	}
}

// sentence adds the next sentence, whose text is text.
func (l *lexer) sentence(text string) {
	scan(text, l.buf[:0], func(tok []byte, acronym bool) {
		byKey := l.byToken
		if acronym {
			byKey = l.byAcronym
		}
		t, ok := byKey[string(tok)]
		if !ok {
			key := string(tok)
			t = l.add(tok, key, acronym)
			byKey[key] = t
		}
		if t >= 0 {
			l.ids = append(l.ids, t)
		}
	})
	l.at = append(l.at, int32(len(l.ids)))
}

// add adds the token tok, whose text is key, to the table and returns its
// index, or -1 for a stop word. The features are features.token's.
func (l *lexer) add(tok []byte, key string, acronym bool) int32 {
	word, ok := term(tok, acronym)
	if !ok {
		return -1
	}
	e := lexToken{term: l.termIndex(word), word: hashString(seedWord, word), lo: int32(len(l.chars))}
	if hasLetter(tok) {
		l.padded = append(append(append(l.padded[:0], '<'), tok...), '>')
		for n := 3; n <= 5; n++ {
			for i := 0; i+n <= len(l.padded); i++ {
				l.chars = append(l.chars, hashBytes(seedChar+uint64(n), l.padded[i:i+n]))
			}
		}
	}
	e.hi = int32(len(l.chars))
	l.tokens = append(l.tokens, e)
	l.keys = append(l.keys, key)
	l.acronyms = append(l.acronyms, acronym)
	return int32(len(l.tokens) - 1)
}

// termIndex returns the index of term t in terms, adding it if new.
func (l *lexer) termIndex(t string) int32 {
	k, ok := l.byTerm[t]
	if !ok {
		k = int32(len(l.terms))
		l.terms = append(l.terms, t)
		l.byTerm[t] = k
	}
	return k
}

// merge appends the sentences of next, which come after l's. Its tokens
// are taken in its order of first use, so that terms stay in order of
// first use over both.
func (l *lexer) merge(next *lexer) {
	remap := make([]int32, len(next.tokens))
	for t, e := range next.tokens {
		key, acronym := next.keys[t], next.acronyms[t]
		byKey := l.byToken
		if acronym {
			byKey = l.byAcronym
		}
		k, ok := byKey[key]
		if !ok {
			k = int32(len(l.tokens))
			byKey[key] = k
			term := l.termIndex(next.terms[e.term]) // first used here, in order
			lo := int32(len(l.chars))
			l.chars = append(l.chars, next.chars[e.lo:e.hi]...)
			l.tokens = append(l.tokens, lexToken{term: term, word: e.word, lo: lo, hi: int32(len(l.chars))})
			l.keys = append(l.keys, key)
			l.acronyms = append(l.acronyms, acronym)
		}
		remap[t] = k
	}
	base := int32(len(l.ids))
	for _, t := range next.ids {
		l.ids = append(l.ids, remap[t])
	}
	for _, end := range next.at[1:] {
		l.at = append(l.at, base+end)
	}
}

// Sentences returns the number of sentences.
func (x *Lexed) Sentences() int { return len(x.at) - 1 }

// Terms returns the number of distinct terms; their indexes are
// 0..Terms()-1, in order of first use.
func (x *Lexed) Terms() int { return len(x.terms) }

// Term returns the term of index k.
func (x *Lexed) Term(k int32) string { return x.terms[k] }

// AppendTermIndexes appends the term indexes of sentence s, in order, to
// dst: the indexes of the terms Terms gives for its text.
func (x *Lexed) AppendTermIndexes(dst []int32, s int) []int32 {
	for _, t := range x.ids[x.at[s]:x.at[s+1]] {
		dst = append(dst, x.tokens[t].term)
	}
	return dst
}

// eachTerm calls emit with the terms of sentence s, in order.
func (x *Lexed) eachTerm(s int, emit func(string)) {
	for _, t := range x.ids[x.at[s]:x.at[s+1]] {
		emit(x.terms[x.tokens[t].term])
	}
}

// features replaces f's word, bigram and character features with those of
// sentence s, as f.collect gives them for its text.
func (x *Lexed) features(f *features, s int) {
	f.word, f.bigram, f.char = f.word[:0], f.bigram[:0], f.char[:0]
	for k, t := range x.ids[x.at[s]:x.at[s+1]] {
		e := &x.tokens[t]
		if k > 0 {
			f.bigram = append(f.bigram, mix(seedBigram, f.word[len(f.word)-1], e.word))
		}
		f.word = append(f.word, e.word)
		f.char = append(f.char, x.chars[e.lo:e.hi]...)
	}
}
