// Command gennouns writes the table of English common nouns the lexicon
// embeds (lexicon/nouns.txt.gz once compressed), from the WordNet 3.0
// database that Debian ships in the wordnet-base package:
//
//	apt-get update && apt-get install -y wordnet-base
//	go run ./lexicon/internal/gennouns -wordnet /usr/share/wordnet -o /tmp/nouns.txt
//	gzip -9 -n -c /tmp/nouns.txt > lexicon/nouns.txt.gz
//
// Each line is a one-word noun lemma in lower case ("commerce"), then
// flags: "p" when one of its senses is a person (WordNet's noun.person
// file: "forecaster", "curator"), "n" when WordNet also lists the word with
// a capital, as a name ("carter", Jimmy Carter; "reading", the town).
// Lines are sorted, for binary search. WordNet's licence
// (lexicon/WORDNET-LICENSE) asks that its notice travel with the data.
package main

import (
	"flag"
	"fmt"
	"log"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"articlebot/lexicon/internal/wordnetfile"
)

// personFile is the lexicographer file number of noun.person.
const personFile = 18

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet database files")
	out := flag.String("o", "lexicon/nouns.txt", "table to write")
	flag.Parse()
	lines, err := build(filepath.Join(*dir, "data.noun"))
	if err != nil {
		log.Fatal(err)
	}
	if err := wordnetfile.Write(*out, "Nouns", "lexicon/internal/gennouns", lines); err != nil {
		log.Fatal(err)
	}
}

// build reads data.noun and returns the table's lines, sorted.
func build(path string) ([]string, error) {
	common := map[string]bool{} // lower-case lemma → has a person sense
	capital := map[string]bool{}
	err := wordnetfile.EachSynset(path, func(s wordnetfile.Synset) error {
		for _, w := range s.Words {
			if i := strings.IndexByte(w, '('); i >= 0 {
				w = w[:i] // an adjective marker, "(p)"
			}
			if !oneWord(w) {
				continue
			}
			lw := strings.ToLower(w)
			if w != lw {
				capital[lw] = true
				continue
			}
			common[w] = common[w] || s.Lex == personFile
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read wordnet nouns: %w", err)
	}
	var out []string
	for w, person := range common {
		if len(w) < 3 {
			continue
		}
		flags := ""
		if person {
			flags += "p"
		}
		if capital[w] {
			flags += "n"
		}
		if flags != "" {
			w += " " + flags
		}
		out = append(out, w)
	}
	sort.Strings(out)
	return out, nil
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
