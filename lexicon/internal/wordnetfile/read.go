package wordnetfile

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Synset is one synset line of a WordNet data file, parsed as far as the
// generators need.
type Synset struct {
	// Offset is the synset's byte offset, which pointers to it give.
	Offset string
	// Lex is the number of its lexicographer file (18 is noun.person).
	Lex int
	// Words are its words as written ("seller", "Carter", "big(a)").
	Words []string
	// Pointers are the fields after the words: the pointer count, then
	// four fields a pointer (symbol, offset, part of speech,
	// source/target), then any verb frames and the gloss.
	Pointers []string
}

// EachSynset calls fn with each synset of the WordNet data file at path
// (data.noun, data.verb, …). The licence header and short lines are
// skipped; a line whose lexicographer file or word count does not parse is
// an error; the first error fn returns stops the read and is returned.
func EachSynset(path string, fn func(Synset) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open wordnet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // the licence header
		}
		fs := strings.Fields(line)
		if len(fs) < 5 {
			continue
		}
		s, err := parseSynset(fs)
		if err != nil {
			return err
		}
		if err := fn(s); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read wordnet: %w", err)
	}
	return nil
}

// parseSynset parses the fields of a synset line: offset, lexicographer
// file, part of speech, word count in hex, then each word with its lexical
// id, then the pointers.
func parseSynset(fs []string) (Synset, error) {
	lex, err := strconv.Atoi(fs[1])
	if err != nil {
		return Synset{}, fmt.Errorf("read lexicographer file of %s: %w", fs[0], err)
	}
	n, err := strconv.ParseInt(fs[3], 16, 32)
	if err != nil {
		return Synset{}, fmt.Errorf("read word count of %s: %w", fs[0], err)
	}
	s := Synset{Offset: fs[0], Lex: lex, Words: make([]string, 0, n)}
	for k := 0; k < int(n) && 4+2*k < len(fs); k++ {
		s.Words = append(s.Words, fs[4+2*k])
	}
	if p := 4 + 2*int(n); p < len(fs) {
		s.Pointers = fs[p:]
	}
	return s, nil
}
