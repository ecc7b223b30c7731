// Command genverbs writes the table of words that are mostly verbs the
// lexicon embeds (lexicon/verbs.txt.gz once compressed), from the WordNet
// 3.0 database that Debian ships in the wordnet-base package:
//
//	apt-get update && apt-get install -y wordnet-base
//	go run ./lexicon/internal/genverbs -wordnet /usr/share/wordnet -o /tmp/verbs.txt
//	gzip -9 -n -c /tmp/verbs.txt > lexicon/verbs.txt.gz
//
// Each line is a one-word verb lemma in lower case and the percentage of
// its uses that are a verb: 100 for a verb WordNet has no noun of
// ("depend", "complain"), else from how often its senses were tagged as a
// verb and as a noun in WordNet's sense-tagged corpus (cntlist.rev),
// smoothed by one each way: "meet" 237 against 4 is 98, "release" 32
// against 16 is 66, "board" 7 against 50 is 14, a word tagged neither way
// 50. Lines are sorted, for binary search.
// WordNet's licence (lexicon/WORDNET-LICENSE) asks that its notice travel
// with the data.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"articlebot/lexicon/internal/wordnetfile"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet database files")
	out := flag.String("o", "lexicon/verbs.txt", "table to write")
	flag.Parse()
	lines, err := build(*dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := wordnetfile.Write(*out, "Verbs", "lexicon/internal/genverbs", lines); err != nil {
		log.Fatal(err)
	}
}

// build reads the verb and noun indexes and the tag counts and returns the
// table's lines, sorted.
func build(dir string) ([]string, error) {
	verbs, err := lemmas(filepath.Join(dir, "index.verb"))
	if err != nil {
		return nil, err
	}
	nouns, err := lemmas(filepath.Join(dir, "index.noun"))
	if err != nil {
		return nil, err
	}
	noun, verb, err := tagCounts(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	var out []string
	for w := range verbs {
		if len(w) < 2 || !oneWord(w) {
			continue
		}
		share := 100
		if nouns[w] {
			share = int(math.Round(100 * float64(verb[w]+1) / float64(verb[w]+noun[w]+2)))
		}
		out = append(out, fmt.Sprintf("%s %d", w, share))
	}
	sort.Strings(out)
	return out, nil
}

// lemmas returns the lemmas of a WordNet index file.
func lemmas(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open wordnet index: %w", err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue // the licence header
		}
		if i := strings.IndexByte(line, ' '); i > 0 {
			out[line[:i]] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read wordnet index: %w", err)
	}
	return out, nil
}

// tagCounts sums, per lemma, how often its noun and verb senses were
// tagged in the sense-tagged corpus. A line of cntlist.rev is a sense key
// ("meet%2:41:00::"; the digit after % is 1 for a noun, 2 for a verb), the
// sense number and the count.
func tagCounts(path string) (noun, verb map[string]int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open wordnet tag counts: %w", err)
	}
	defer f.Close()
	noun, verb = map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 {
			continue
		}
		lemma, key, ok := strings.Cut(fs[0], "%")
		if !ok || key == "" {
			continue
		}
		n, err := strconv.Atoi(fs[2])
		if err != nil {
			return nil, nil, fmt.Errorf("read tag count of %s: %w", fs[0], err)
		}
		switch key[0] {
		case '1':
			noun[lemma] += n
		case '2':
			verb[lemma] += n
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read wordnet tag counts: %w", err)
	}
	return noun, verb, nil
}

// oneWord reports whether a WordNet lemma is one word of letters (and
// inner hyphens): no "_" joining words, no digits.
func oneWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) && !(r == '-' && i > 0) {
			return false
		}
	}
	return w != ""
}
