package retrieval

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// collectEach is collect as it was before tokens were cached: every token
// stemmed and hashed afresh.
func collectEach(f *features, text string) {
	f.word, f.bigram, f.char, f.terms = f.word[:0], f.bigram[:0], f.char[:0], f.terms[:0]
	var prev uint64
	hasPrev := false
	scan(text, nil, func(tok []byte, acronym bool) {
		t, ok := term(tok, acronym)
		if !ok {
			return
		}
		f.terms = append(f.terms, t)
		h := hashString(seedWord, t)
		f.word = append(f.word, h)
		if hasPrev {
			f.bigram = append(f.bigram, mix(seedBigram, prev, h))
		}
		prev, hasPrev = h, true
		if hasLetter(tok) {
			padded := append(append([]byte{'<'}, tok...), '>')
			for n := 3; n <= 5; n++ {
				for i := 0; i+n <= len(padded); i++ {
					f.char = append(f.char, hashBytes(seedChar+uint64(n), padded[i:i+n]))
				}
			}
		}
	})
}

// TestCollectCachesTokens checks collect, which remembers the features of
// tokens it has seen, against collecting every token afresh: on the
// shipped and eval articles, line by line through one features (so that
// later lines read the cache), then on random words past the cache's
// bound, with acronyms and stop words among them.
func TestCollectCachesTokens(t *testing.T) {
	var texts []string
	texts = append(texts, articleLines(t, "../testdata/eval/*/*.txt")...)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			switch rng.IntN(6) {
			case 0:
				b.WriteString("the U.S. and ")
			case 1:
				b.WriteString("it's 1,400 ")
			default:
				fmt.Fprintf(&b, "w%dx%c ", rng.IntN(20000), 'a'+rune(rng.IntN(26)))
			}
		}
		texts = append(texts, b.String())
	}
	got, want := &features{caching: true}, &features{}
	for _, text := range texts {
		got.collect(text)
		collectEach(want, text)
		if !slices.Equal(got.terms, want.terms) || !slices.Equal(got.word, want.word) ||
			!slices.Equal(got.bigram, want.bigram) || !slices.Equal(got.char, want.char) {
			t.Fatalf("collect(%q) differs from collecting each token afresh", text)
		}
	}
	// Past the cache, at most one token's n-grams are kept as scratch.
	if extra := len(got.chars) - got.scratchAt; extra > 3*(maxTokenLen+2) {
		t.Errorf("%d n-gram hashes past the cached ones, want at most one token's", extra)
	}
	if len(got.cache) != maxCachedTokens {
		t.Errorf("%d tokens cached, want the bound, %d: the test did not go past it", len(got.cache), maxCachedTokens)
	}
}

// articleLines returns the lines of the eval articles the glob matches and
// of the shipped article, for tests that compare two ways of reading text.
func articleLines(t *testing.T, glob string) []string {
	t.Helper()
	var lines []string
	paths, _ := filepath.Glob(glob)
	for _, p := range append(paths, "../article.txt") {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	return lines
}
