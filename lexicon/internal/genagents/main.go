// Command genagents writes the table of agent nouns the lexicon embeds
// (lexicon/agents.txt.gz once compressed), from the WordNet 3.0 database
// that Debian ships in the wordnet-base package:
//
//	apt-get update && apt-get install -y wordnet-base
//	go run ./lexicon/internal/genagents -wordnet /usr/share/wordnet -o /tmp/agents.txt
//	gzip -9 -n -c /tmp/agents.txt > lexicon/agents.txt.gz
//
// WordNet links a verb to the nouns derived from it; those in its
// noun.person file name the one who does it ("sell" → "seller", "bake" →
// "baker", "repair" → "repairer"). Each line is a form of such a verb
// that says what someone does for a living or has long done — its third
// person singular ("sells") or its past participle ("sold", after "has")
// — then the agent noun. Only nouns spelled from the verb count ("sell"
// gives "seller", never "vendor"). Lines are sorted, for binary search.
// WordNet's licence (lexicon/WORDNET-LICENSE) asks that its notice travel
// with the data.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"articlebot/lexicon/internal/wordnetfile"
)

// personFile is the lexicographer file number of noun.person.
const personFile = 18

// stateFiles are the lexicographer files of verbs of knowing, feeling,
// perceiving and being (verb.cognition, verb.emotion, verb.perception,
// verb.stative, verb.weather): "who knows the hills" or "who loves jazz"
// say nothing of what someone does.
var stateFiles = map[int]bool{31: true, 37: true, 39: true, 42: true, 43: true}

type synset struct {
	lex   int
	words []string
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet database files")
	out := flag.String("o", "lexicon/agents.txt", "table to write")
	flag.Parse()
	nouns, err := readSynsets(filepath.Join(*dir, "data.noun"))
	if err != nil {
		log.Fatal(err)
	}
	agents, err := readAgents(filepath.Join(*dir, "data.verb"), nouns)
	if err != nil {
		log.Fatal(err)
	}
	irregular, err := readExceptions(filepath.Join(*dir, "verb.exc"))
	if err != nil {
		log.Fatal(err)
	}
	// Two verbs may claim one form ("stared" reads as a form of "star"
	// and of "stare"): the longer verb, whose regular form it is, takes
	// it, then the first in alphabetical order, so the table is the same
	// on every run.
	verbs := make([]string, 0, len(agents))
	for verb := range agents {
		verbs = append(verbs, verb)
	}
	sort.Slice(verbs, func(i, j int) bool {
		if len(verbs[i]) != len(verbs[j]) {
			return len(verbs[i]) > len(verbs[j])
		}
		return verbs[i] < verbs[j]
	})
	lines := map[string]string{}
	for _, verb := range verbs {
		noun := agents[verb]
		forms := append([]string{thirdPerson(verb)}, participles(verb)...)
		forms = append(forms, irregular[verb]...)
		for _, f := range forms {
			if _, ok := lines[f]; !ok && f != verb {
				lines[f] = noun
			}
		}
	}
	var sorted []string
	for f, n := range lines {
		sorted = append(sorted, f+" "+n)
	}
	sort.Strings(sorted)
	if err := wordnetfile.Write(*out, "Agent nouns", "lexicon/internal/genagents", sorted); err != nil {
		log.Fatal(err)
	}
}

// readSynsets reads a data file's synsets by offset: lexicographer file
// and words.
func readSynsets(path string) (map[string]synset, error) {
	out := map[string]synset{}
	err := wordnetfile.EachSynset(path, func(s wordnetfile.Synset) error {
		out[s.Offset] = synset{lex: s.Lex, words: s.Words}
		return nil
	})
	return out, err
}

// readAgents maps each one-word verb to the person noun derived from it
// and spelled from it, the longest shared start winning.
func readAgents(path string, nouns map[string]synset) (map[string]string, error) {
	out := map[string]string{}
	err := wordnetfile.EachSynset(path, func(s wordnetfile.Synset) error {
		if stateFiles[s.Lex] || len(s.Pointers) == 0 {
			return nil
		}
		words, ptr := s.Words, s.Pointers
		cnt, err := strconv.Atoi(ptr[0])
		if err != nil {
			return fmt.Errorf("read pointer count of %s: %w", s.Offset, err)
		}
		for k := 0; k < cnt && 4+4*k < len(ptr); k++ {
			sym, off, pos, st := ptr[1+4*k], ptr[2+4*k], ptr[3+4*k], ptr[4+4*k]
			if sym != "+" || pos != "n" || len(st) != 4 {
				continue
			}
			target, ok := nouns[off]
			if !ok || target.lex != personFile {
				continue
			}
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			if src < 1 || int(src) > len(words) || dst < 1 || int(dst) > len(target.words) {
				continue
			}
			verb, noun := words[src-1], target.words[dst-1]
			if !oneLowerWord(verb) || !oneLowerWord(noun) || !spelledFrom(noun, verb) {
				continue
			}
			if old, ok := out[verb]; !ok || better(noun, old, verb) {
				out[verb] = noun
			}
		}
		return nil
	})
	return out, err
}

// readExceptions reads verb.exc: irregular forms by verb ("sold" for "sell").
func readExceptions(path string) (map[string][]string, error) {
	out := map[string][]string{}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open exceptions: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 2 && oneLowerWord(fs[0]) {
			out[fs[1]] = append(out[fs[1]], fs[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read exceptions: %w", err)
	}
	return out, nil
}

// oneLowerWord reports whether w is one word of lower-case letters.
func oneLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// spelledFrom reports whether the noun is the verb with an agent ending,
// or the verb itself ("cook"): all of the verb but a final "e" or "y"
// starts it.
func spelledFrom(noun, verb string) bool {
	stem := strings.TrimRight(verb, "ey")
	return len(stem) >= 3 && strings.HasPrefix(noun, stem) && len(noun) <= len(verb)+4
}

// better reports whether noun a names the agent of verb better than b: an
// agent ending ("trainer", not "trainee"), then the longer start shared
// with the verb, then the alphabet, so that the table is stable.
func better(a, b, verb string) bool {
	if agentive(a) != agentive(b) {
		return agentive(a)
	}
	if shared(a, verb) != shared(b, verb) {
		return shared(a, verb) > shared(b, verb)
	}
	return a < b
}

func agentive(n string) bool {
	return strings.HasSuffix(n, "er") || strings.HasSuffix(n, "or") || strings.HasSuffix(n, "ar")
}

func shared(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// thirdPerson returns the verb's third person singular: "sells", "teaches",
// "carries".
func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// participles returns the regular past participles the verb may have:
// "repaired", "baked", "carried", and "stopped" beside "stoped" for a
// final consonant that may double (a form that never occurs costs
// nothing).
func participles(v string) []string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return []string{v + "d"}
	case strings.HasSuffix(v, "y") && n > 2 && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return []string{v[:n-1] + "ied"}
	case n >= 3 && !strings.ContainsRune("aeiouwxy", rune(v[n-1])) && strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])):
		return []string{v + "ed", v + string(v[n-1]) + "ed"}
	}
	return []string{v + "ed"}
}
