// Command gensynonyms writes the synonym table the lexicon embeds
// (lexicon/synonyms.txt, not compressed: the program searches it in place),
// from the WordNet 3.0 database that Debian ships in the wordnet-base
// package:
//
//	apt-get update && apt-get install -y wordnet-base
//	go run ./lexicon/internal/gensynonyms -wordnet /usr/share/wordnet -o lexicon/synonyms.txt
//
// Each line of the table is a word and the words that can stand for it:
// the other one-word lemmas of its synsets (at least two lemmas), for an
// adjective those of the synsets it is "similar to" (quick: fast, speedy),
// and for a noun or verb alone in its synset those of its hypernym
// ("frontier": boundary, bound). Lines "=took take" give an irregular
// form's base, and "+take took taken" a base's irregular forms, from
// WordNet's exception lists. Lines "!buy sell" give a word's antonyms
// (WordNet's lexical antonym pointers, both ways). Lines "^speak speech
// speaker" give a word's derivationally related forms (WordNet's lexical
// "+" pointers, both ways, across parts of speech). Lines "step_down quit
// resign" give a verb's, adjective's or adverb's multi-word lemma of two
// or three words (a phrasal verb or collocation) the one-word lemmas of
// its synsets, or of the synset above when it has none. Lines are sorted,
// for binary search. Other multi-word lemmas, proper nouns and words
// under three letters are left out: the engine matches single words, and
// short ones are too ambiguous. WordNet's licence
// (lexicon/WORDNET-LICENSE) asks that its notice travel with the data.
package main

import (
	"flag"
	"log"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"articlebot/lexicon/internal/wordnetfile"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet database files")
	out := flag.String("o", "lexicon/synonyms.txt", "table to write")
	flag.Parse()
	groups, err := build(*dir)
	if err != nil {
		log.Fatal(err)
	}
	lines := perWord(groups)
	if err := wordnetfile.Write(*out, "Synonyms", "lexicon/internal/gensynonyms", lines); err != nil {
		log.Fatal(err)
	}
}

// maxSynonyms caps a word's synonyms: words in dozens of synsets ("take",
// "run") would otherwise list a hundred, which only adds noise, and the
// table would be twice the size.
const maxSynonyms = 12

// maxPhraseSynonyms caps a phrase's words: a phrasal verb's senses are
// fewer and each has few one-word lemmas, but "put off" has three senses
// and 12 would cut "postpone".
const maxPhraseSynonyms = 24

// perWord turns groups of synonyms into one line per word, "word syn1
// syn2 …", and irregular forms into "=form base" and "+base form1 form2",
// sorted, so that the lexicon finds a word by binary search over the lines
// without building maps at start-up.
func perWord(groups []string) []string {
	syn := map[string][]string{}
	forms := map[string][]string{}
	opp := map[string][]string{}
	der := map[string][]string{}
	var out []string
	for _, g := range groups {
		f := strings.Fields(g)
		if f[0] == "!" {
			for _, p := range [][2]string{{f[1], f[2]}, {f[2], f[1]}} {
				if !slices.Contains(opp[p[0]], p[1]) {
					opp[p[0]] = append(opp[p[0]], p[1])
				}
			}
			continue
		}
		if f[0] == "^" {
			addBothWays(der, f[1], f[2])
			continue
		}
		if f[0] == "~" {
			for _, x := range f[2:] {
				if !slices.Contains(syn[f[1]], x) {
					syn[f[1]] = append(syn[f[1]], x)
				}
			}
			continue
		}
		if f[0] == "=" {
			out = append(out, "="+f[1]+" "+f[2])
			if !slices.Contains(forms[f[2]], f[1]) {
				forms[f[2]] = append(forms[f[2]], f[1])
			}
			continue
		}
		for _, w := range f {
			for _, x := range f {
				if x != w && !slices.Contains(syn[w], x) {
					syn[w] = append(syn[w], x)
				}
			}
		}
	}
	for w, s := range syn {
		n := maxSynonyms
		if strings.Contains(w, "_") {
			n = maxPhraseSynonyms
		}
		out = append(out, w+" "+strings.Join(s[:min(len(s), n)], " "))
	}
	for b, fs := range forms {
		out = append(out, "+"+b+" "+strings.Join(fs, " "))
	}
	for w, os := range opp {
		out = append(out, "!"+w+" "+strings.Join(os, " "))
	}
	out = append(out, derivedLines(der)...)
	sort.Strings(out)
	return out
}

// synset is one WordNet synset: its usable lemmas and its "similar to"
// links (adjectives only).
type synset struct {
	words   []string
	phrases []string // multi-word lemmas, "step_down"
	lemmas  []string // every lemma, "" where unusable, in WordNet's order
	opposed []antonym
	derived []derivation
	similar []string // offsets of "similar to" synsets (adjectives)
	broader []string // offsets of hypernyms (nouns and verbs)
}

// antonym is a lexical "!" pointer: lemma from (1-based) of this synset
// is the opposite of lemma to of the synset at offset.
type antonym struct {
	from, to int
	offset   string
}

func build(dir string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(words []string) {
		words = dedupe(words)
		if len(words) < 2 {
			return
		}
		key := strings.Join(words, " ")
		if !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	}
	all := map[string]map[string]synset{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		sets, err := readData(filepath.Join(dir, "data."+pos))
		if err != nil {
			return nil, err
		}
		all[pos] = sets
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		sets := all[pos]
		offsets := make([]string, 0, len(sets))
		for off := range sets {
			offsets = append(offsets, off)
		}
		sort.Strings(offsets)
		for _, off := range offsets {
			s := sets[off]
			group := append([]string(nil), s.words...)
			if pos == "adj" && len(s.words) > 0 {
				for _, o := range s.similar {
					if t, ok := sets[o]; ok {
						group = append(group, t.words...)
					}
				}
			}
			// A word alone in its synset ("frontier": an international
			// boundary) stands for the words of the synset just above it.
			if len(s.words) == 1 {
				for _, o := range s.broader {
					if t, ok := sets[o]; ok {
						group = append(group, t.words...)
					}
				}
			}
			add(group)
			// A phrase ("step down", "lay off") stands for the one-word
			// lemmas of its synset, or of the synset above it when it
			// has none ("lay off": fire, dismiss). Nouns are left out:
			// their phrases are compounds a claim rarely writes apart
			// from the article ("ice cream"), and would double the table.
			if len(s.phrases) > 0 && pos != "noun" {
				words := s.words
				if len(words) == 0 {
					for _, o := range s.broader {
						if t, ok := sets[o]; ok {
							words = append(words, t.words...)
						}
					}
				}
				for _, ph := range s.phrases {
					if len(words) > 0 {
						out = append(out, "~ "+ph+" "+strings.Join(dedupe(words), " "))
					}
				}
			}
			for _, a := range s.opposed {
				t, ok := sets[a.offset]
				if !ok || a.from < 1 || a.from > len(s.lemmas) || a.to < 1 || a.to > len(t.lemmas) {
					continue
				}
				x, y := s.lemmas[a.from-1], t.lemmas[a.to-1]
				if x == "" || y == "" || x == y {
					continue
				}
				if l := "! " + min(x, y) + " " + max(x, y); !seen[l] {
					seen[l] = true
					out = append(out, l)
				}
			}
			out = derivedPairs(out, seen, all, s)
		}
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		pairs, err := readExceptions(filepath.Join(dir, pos+".exc"))
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			l := "= " + p
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
	}
	return out, nil
}

// usable returns a lemma as the engine matches it, or "" for a lemma it
// cannot use: multi-word, capitalised, too short, or not a plain word.
func usable(lemma string) string {
	if i := strings.IndexByte(lemma, '('); i >= 0 {
		lemma = lemma[:i] // adjective markers: "big(a)"
	}
	if strings.Contains(lemma, "_") || len(lemma) < 3 || len(lemma) > 20 {
		return ""
	}
	for _, r := range lemma {
		if !(unicode.IsLower(r) || r == '-') {
			return ""
		}
	}
	return lemma
}

// phrase returns a multi-word lemma of two or three lower-case words as
// the table keys it ("step_down"), or "".
func phrase(lemma string) string {
	if i := strings.IndexByte(lemma, '('); i >= 0 {
		lemma = lemma[:i]
	}
	parts := strings.Split(lemma, "_")
	if len(parts) < 2 || len(parts) > 3 {
		return ""
	}
	for _, p := range parts {
		if p == "" {
			return ""
		}
		for _, r := range p {
			if !unicode.IsLower(r) {
				return ""
			}
		}
	}
	return lemma
}

func dedupe(words []string) []string {
	seen := map[string]bool{}
	out := words[:0:0]
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
