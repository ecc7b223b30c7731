package lexicon

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"unicode/utf8"

	"articlebot/fuzzy"
)

// wordTable is a gzipped table of sorted lines, each a word and what is
// known of it, unpacked once and indexed by word: the line's word → the
// rest of the line ("" when there is none, else from the space after the
// word).
//
// The quotation index asks the given-name and noun tables about nearly
// every capitalised word of an article. A binary search over the lines,
// finding each probed line's ends again and folding a copy of the word,
// took about 60 ms of CPU on the 4.5 MB benchmark article; a map lookup of
// the word, folded in place, takes a fraction of that. The map holds
// substrings of the one unpacked text (about 1.5 MB for 40,000 words).
type wordTable map[string]string

// unpackWords unpacks a gzipped table of about size bytes and lineHint
// lines, skipping comments and empty lines. A table that does not unpack
// is empty: every word then reads as absent, never an error.
func unpackWords(gz []byte, size, lineHint int) wordTable {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return wordTable{}
	}
	var b strings.Builder
	b.Grow(size)
	if _, err := io.Copy(&b, zr); err != nil {
		return wordTable{}
	}
	text := b.String()
	t := make(wordTable, lineHint)
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line == "" || line[0] == '#' {
			continue
		}
		w := line
		if sp := strings.IndexByte(line, ' '); sp >= 0 {
			w = line[:sp]
		}
		if _, dup := t[w]; !dup {
			t[w] = line[len(w):]
		}
	}
	return t
}

// foldedKeyMax is the longest word lookUpFolded folds in place; longer
// ones (no table word is) are folded by fuzzy.Fold.
const foldedKeyMax = 48

// lookUpFolded returns the rest of the line of fuzzy.Fold(w) and whether
// the table has it. An ASCII word, nearly every word of an English
// article, is folded in a buffer on the stack, without an allocation.
func (t wordTable) lookUpFolded(w string) (string, bool) {
	if len(w) > foldedKeyMax {
		rest, ok := t[fuzzy.Fold(w)]
		return rest, ok
	}
	var buf [foldedKeyMax]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			rest, ok := t[fuzzy.Fold(w)]
			return rest, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	rest, ok := t[string(buf[:len(w)])]
	return rest, ok
}
