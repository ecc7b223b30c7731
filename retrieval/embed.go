package retrieval

import (
	"context"
	"math"
	"sync"

	chromem "github.com/philippgille/chromem-go"
)

// DefaultDim is LocalEmbedder's dimension when none is given. On a set of
// 36 paraphrased questions over the two test articles (mean reciprocal rank
// of the right paragraph, dense search alone, averaged over 8 to 12 hash
// seeds), 256 dimensions lose to collisions (0.55 and 0.80), 512 reach the
// plateau (0.61 and 0.85) and 1024 add little (0.64 and 0.84) for twice the
// memory. Speed hardly decides it: an article's search takes microseconds,
// and at 100,000 chunks chromem's per-document overhead dominates (a query
// takes about 58 ms at 512 dimensions and 47 to 53 ms at 256 on two cores).
const DefaultDim = 512

// Feature-group weights. Each group is L2-normalised before weighting, so
// that the dozen character n-grams of each word do not drown the words.
// Words carry the topic; character n-grams catch inflections, spelling
// variants and typos ("Zelensky", "Zelenskiy"); bigrams reward phrases kept
// intact. Character weights 1 and 1.5 beat 0 and 0.5 in the evaluation above;
// bigrams were neutral there (0 to 0.5) and are kept light for precision on
// longer texts.
type weights struct{ word, bigram, char float64 }

var defaultWeights = weights{word: 1.0, bigram: 0.3, char: 1.0}

// Seeds keep the feature groups in separate hash spaces.
const (
	seedWord   = 0x9e3779b97f4a7c15
	seedBigram = 0xc2b2ae3d27d4eb4f
	seedChar   = 0x165667b19e3779f9
)

// LocalEmbedder returns a deterministic embedding function that needs no
// network and no model weights. It hashes the text's stemmed content words,
// the bigrams of consecutive content words and the character 3- to 5-grams
// of each content word into dim dimensions (signed feature hashing), with
// sublinear term frequency, and returns a unit vector. Text without content
// words gives the zero vector. dim ≤ 0 means DefaultDim. It is safe for
// concurrent use.
func LocalEmbedder(dim int) chromem.EmbeddingFunc {
	if dim <= 0 {
		dim = DefaultDim
	}
	return func(_ context.Context, text string) ([]float32, error) {
		return embed(text, dim, defaultWeights), nil
	}
}

// features is the per-call scratch space of embed.
type features struct {
	word, bigram, char []uint64
	terms              []string // the search terms, as Terms gives them
	padded             []byte
	tok                []byte
	// hashes holds the sentence features of one run of chunks in
	// composeLocal, reused from run to run: as slices of their own they
	// came to 60 MB of garbage on a 4.5 MB article.
	hashes []uint64
	// sortBuf, mergeA and mergeB are scratch space of sortHashes and
	// mergeSorted, boundary and lists of composeChunk.
	sortBuf, mergeA, mergeB, boundary []uint64
	lists                             [][]uint64
	// cache holds the features of tokens seen before; chars holds their
	// character n-gram hashes, then from scratchAt those of the token
	// being worked out when it is not cached.
	// caching is set while composeLocal uses f: a query's few tokens
	// (embed) are looked up but not added, so that answering a question
	// does not fill a cache that the pool may drop at the next collection.
	cache     map[string]tokenFeatures
	chars     []uint64
	scratchAt int
	caching   bool
}

var featurePool = sync.Pool{New: func() any {
	return &features{tok: make([]byte, 0, maxTokenLen+8)}
}}

func embed(text string, dim int, w weights) []float32 {
	f := featurePool.Get().(*features)
	defer featurePool.Put(f)
	f.collect(text)
	v := make([]float32, dim)
	f.add(v, f.word, w.word)
	f.add(v, f.bigram, w.bigram)
	f.add(v, f.char, w.char)
	normalize(v)
	return v
}

// collect replaces f's features with those of text: the hashes of its
// content words in order, of the bigrams of consecutive content words and
// of the character n-grams of each word.
func (f *features) collect(text string) {
	f.word, f.bigram, f.char, f.terms = f.word[:0], f.bigram[:0], f.char[:0], f.terms[:0]
	var prev uint64
	hasPrev := false
	scan(text, f.tok[:0], func(tok []byte, acronym bool) {
		e := f.token(tok, acronym)
		if e.stop {
			return
		}
		f.terms = append(f.terms, e.term)
		f.word = append(f.word, e.word)
		if hasPrev {
			f.bigram = append(f.bigram, mix(seedBigram, prev, e.word))
		}
		prev, hasPrev = e.word, true
		f.char = append(f.char, f.chars[e.lo:e.hi]...)
	})
}

// tokenFeatures is what a folded token gives collect: its search term (or
// that it is a stop word), the term's hash, and where its character
// n-gram hashes are in features.chars.
type tokenFeatures struct {
	term   string
	word   uint64
	lo, hi int32
	stop   bool
}

// maxCachedTokens bounds the tokens a features remembers (about 1.5 MB):
// the words of a text recur (a 4.5 MB article has about 700,000 tokens;
// the 8,000 most frequent words of English are about nine in ten running
// words), so most tokens are looked up once instead of stemmed and
// hashed again. Past the bound, tokens are worked out each time.
const maxCachedTokens = 8192

// token returns the features of tok, from the cache or worked out (and
// cached, while f.caching is set, while there is room). Acronyms, rare and read differently by
// term, are never cached.
func (f *features) token(tok []byte, acronym bool) tokenFeatures {
	if !acronym {
		if e, ok := f.cache[string(tok)]; ok {
			return e
		}
	}
	var e tokenFeatures
	t, ok := term(tok, acronym)
	if !ok {
		e.stop = true
	} else {
		e.term, e.word = t, hashString(seedWord, t)
		f.chars = f.chars[:f.scratchAt] // past scratchAt: the last token not kept
		e.lo = int32(len(f.chars))
		if hasLetter(tok) {
			f.padded = append(append(append(f.padded[:0], '<'), tok...), '>')
			for n := 3; n <= 5; n++ {
				for i := 0; i+n <= len(f.padded); i++ {
					f.chars = append(f.chars, hashBytes(seedChar+uint64(n), f.padded[i:i+n]))
				}
			}
		}
		e.hi = int32(len(f.chars))
	}
	if f.caching && !acronym && len(f.cache) < maxCachedTokens {
		if f.cache == nil {
			f.cache = map[string]tokenFeatures{}
		}
		f.cache[string(tok)] = e
		f.scratchAt = len(f.chars)
	}
	return e
}

// add hashes the features into v with weight 1+ln(tf), scaled so that the
// group has norm weight (ignoring collisions).
func (f *features) add(v []float32, hashes []uint64, weight float64) {
	sortHashes(hashes, &f.sortBuf)
	addSorted(v, hashes, weight)
}

// addSorted is add for hashes already in order. The weights are summed in
// one pass and added in a second, both in hash order, so the vector is the
// same bit for bit however the loop is written. A power-of-two dim (the
// default 512) takes the bucket with a mask: the 64-bit division was about
// a third of indexing a 4.5 MB article's time in addSorted.
func addSorted(v []float32, hashes []uint64, weight float64) {
	if len(hashes) == 0 {
		return
	}
	var norm2 float64
	for i := 0; i < len(hashes); {
		j := i + 1
		for j < len(hashes) && hashes[j] == hashes[i] {
			j++
		}
		w := tfWeight(j - i)
		norm2 += w * w
		i = j
	}
	scale := weight / math.Sqrt(norm2)
	dim := uint64(len(v))
	mask := dim - 1
	pow2 := dim&mask == 0
	for i := 0; i < len(hashes); {
		h := hashes[i]
		j := i + 1
		for j < len(hashes) && hashes[j] == h {
			j++
		}
		w := float32(scale * tfWeight(j-i))
		if h>>63 == 1 {
			w = -w
		}
		b := h & (1<<63 - 1)
		if pow2 {
			b &= mask
		} else {
			b %= dim
		}
		v[b] += w
		i = j
	}
}

// tfWeight is the sublinear term frequency 1+ln(tf). Most features occur
// once and nearly all fewer than len(tfWeights) times, so the logarithm,
// otherwise the costliest step of indexing, is read from a table computed
// with the same expression.
func tfWeight(tf int) float64 {
	if tf < len(tfWeights) {
		return tfWeights[tf]
	}
	return 1 + math.Log(float64(tf))
}

// tfWeights[tf] is 1+ln(tf) for tf ≥ 1.
var tfWeights = func() (w [64]float64) {
	for tf := 1; tf < len(w); tf++ {
		w[tf] = 1 + math.Log(float64(tf))
	}
	return w
}()

// normalize scales v to unit length in place and reports false, leaving v
// alone, when v is zero (or not finite), which cannot be normalised.
func normalize(v []float32) bool {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.IsInf(sum, 0) || math.IsNaN(sum) {
		return false
	}
	inv := 1 / math.Sqrt(sum)
	for i := range v {
		v[i] = float32(float64(v[i]) * inv)
	}
	return true
}

// FNV-1a, 64-bit, followed by a finaliser so that the top bit (the sign)
// and the low bits (the bucket) are well mixed.
const fnvPrime = 0x100000001b3

func hashBytes(seed uint64, b []byte) uint64 {
	h := seed
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return fmix(h)
}

func hashString(seed uint64, s string) uint64 {
	h := seed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return fmix(h)
}

func mix(seed, a, b uint64) uint64 { return fmix(seed ^ a*31 ^ fmix(b)) }

// fmix is MurmurHash3's 64-bit finaliser.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
