// Package wordvec gives the similarity of two English words from static
// word vectors: GloVe's, 100 dimensions, the 36,000 most frequent lower-case
// words, quantised to int8 by lexicon/internal/genvectors (licence:
// VECTORS-LICENSE beside the data).
//
// Vectors place words that occur in the same contexts close together. That
// covers synonyms and derivations ("inquiry"/"investigation",
// "decide"/"decision") but also antonyms and co-hyponyms
// ("rose"/"fell", "monday"/"tuesday"): a caller that needs "means the same"
// must guard against those itself.
//
// The table is read once per process, on first use: 3.6 MB of vectors,
// embedded uncompressed and read in place.
package wordvec

import (
	_ "embed"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"unsafe"
)

// packed is the table as genvectors writes it. It is embedded
// uncompressed and its vectors are read in place: unpacking the
// gzip-compressed table (3.5 MB) took 70 ms of CPU and 7.5 MB of heap at
// every start, on the path to the first answer.
//
//go:embed vectors.bin
var packed string

// table is the unpacked vectors: word i's vector is vecs[i*dims:(i+1)*dims]
// and its length norms[i].
type table struct {
	index map[string]int32
	words []string
	dims  int
	vecs  []int8 // the embedded bytes, read only
	norms []float32
	err   error
}

var (
	tab      table
	loadOnce sync.Once
	loads    int // how many times the table was unpacked; tests read it
)

func load() {
	loads++
	t, err := unpack(packed)
	if err != nil {
		tab.err = err
		return
	}
	tab = t
}

// unpack reads the format genvectors writes. The words and the vectors
// are data's own bytes, not copies: data must not change.
func unpack(data string) (table, error) {
	head, rest, ok := strings.Cut(data, "\n")
	var n, dims int
	if _, err := fmt.Sscanf(head, "wordvec 1 %d %d", &n, &dims); !ok || err != nil || n <= 0 || dims <= 0 {
		return table{}, fmt.Errorf("word vectors header %q: not \"wordvec 1 <count> <dims>\"", strings.TrimSpace(head[:min(len(head), 40)]))
	}
	t := table{index: make(map[string]int32, n), words: make([]string, n), dims: dims}
	for i := 0; i < n; i++ {
		w, after, ok := strings.Cut(rest, "\n")
		if !ok {
			return table{}, fmt.Errorf("read word %d of %d: %w", i+1, n, io.ErrUnexpectedEOF)
		}
		t.words[i] = w
		t.index[w] = int32(i)
		rest = after
	}
	if len(rest) != n*dims {
		return table{}, fmt.Errorf("read %d vectors: %d bytes, want %d", n, len(rest), n*dims)
	}
	// An int8 is a byte's bits: the vectors are the bytes themselves.
	t.vecs = unsafe.Slice((*int8)(unsafe.Pointer(unsafe.StringData(rest))), len(rest))
	t.norms = make([]float32, n)
	for i := 0; i < n; i++ {
		var sum int64
		for _, x := range t.vecs[i*dims : (i+1)*dims] {
			sum += int64(x) * int64(x)
		}
		t.norms[i] = float32(math.Sqrt(float64(sum)))
	}
	return t, nil
}

// Warm unpacks the table now if it is not yet, so that the first lookup
// does not wait for it; an engine calls it while it indexes an article.
func Warm() { loadOnce.Do(load) }

// get returns the loaded table, unpacking it on first use.
func get() *table {
	loadOnce.Do(load)
	return &tab
}

// Err reports why the table could not be loaded, or nil. Without a table
// every lookup reports false, so callers lose soft matches, never answers.
func Err() error { return get().err }

// Has reports whether the table holds a vector for word (lower-case).
func Has(word string) bool {
	_, ok := get().index[word]
	return ok
}

// Similarity returns the cosine similarity of two words' vectors, between
// -1 and 1, and false when either word has no vector. Words are looked up
// as given: the table holds lower-case words only.
func Similarity(a, b string) (float32, bool) {
	t := get()
	i, ok := t.index[a]
	if !ok {
		return 0, false
	}
	j, ok := t.index[b]
	if !ok {
		return 0, false
	}
	return t.cosine(i, j), true
}

func (t *table) cosine(i, j int32) float32 {
	if i == j {
		return 1
	}
	a := t.vecs[int(i)*t.dims : int(i+1)*t.dims]
	b := t.vecs[int(j)*t.dims : int(j+1)*t.dims]
	var dot int32
	for k := range a {
		dot += int32(a[k]) * int32(b[k])
	}
	return float32(dot) / (t.norms[i] * t.norms[j])
}

// Word is a word's place in the table, for callers that compare the same
// words many times: Lookup once, then Cosine without map lookups.
type Word int32

// Lookup returns the table's handle for word, and false when it has no
// vector.
func Lookup(word string) (Word, bool) {
	i, ok := get().index[word]
	return Word(i), ok
}

// Cosine is Similarity for two handles from Lookup.
func Cosine(a, b Word) float32 { return get().cosine(int32(a), int32(b)) }

// Nearest returns the candidate most similar to word, with its similarity,
// and false when word or every candidate has no vector. Ties go to the
// earlier candidate.
func Nearest(word string, candidates []string) (string, float32, bool) {
	t := get()
	i, ok := t.index[word]
	if !ok {
		return "", 0, false
	}
	best, bestSim, found := "", float32(-2), false
	for _, c := range candidates {
		j, ok := t.index[c]
		if !ok {
			continue
		}
		if s := t.cosine(i, j); s > bestSim {
			best, bestSim, found = c, s, true
		}
	}
	return best, bestSim, found
}

// Neighbours returns the k words of the table most similar to word, most
// similar first, without word itself; nil when word has no vector. It scans
// the whole table (about a millisecond): for tools and tests, not for the
// gate's hot path.
func Neighbours(word string, k int) []string {
	t := get()
	i, ok := t.index[word]
	if !ok || k <= 0 {
		return nil
	}
	type hit struct {
		j   int32
		sim float32
	}
	var top []hit
	for j := range t.words {
		if int32(j) == i {
			continue
		}
		s := t.cosine(i, int32(j))
		if len(top) == k && s <= top[k-1].sim {
			continue
		}
		pos := len(top)
		for pos > 0 && top[pos-1].sim < s {
			pos--
		}
		top = append(top, hit{})
		copy(top[pos+1:], top[pos:])
		top[pos] = hit{int32(j), s}
		if len(top) > k {
			top = top[:k]
		}
	}
	out := make([]string, len(top))
	for n, h := range top {
		out[n] = t.words[h.j]
	}
	return out
}
