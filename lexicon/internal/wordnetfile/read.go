package wordnetfile

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// EachSynset calls fn with the fields of each synset line of the WordNet
// data file at path (data.noun, data.verb, …): the offset, the
// lexicographer file, the part of speech, the word count in hex, then the
// words and their lexical ids. The licence header and short lines are
// skipped; the first error fn returns stops the read and is returned.
func EachSynset(path string, fn func(fields []string) error) error {
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
		if err := fn(fs); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read wordnet: %w", err)
	}
	return nil
}
