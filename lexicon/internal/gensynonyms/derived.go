package main

import (
	"slices"
	"strings"
)

// derivation is a lexical "+" pointer, a derivationally related form:
// lemma from of this synset and lemma to of the synset at offset, in the
// data file of part of speech pos ("n", "v", "a", "s", "r"), share a root
// ("speak" and "speaker", "sign" and "signature").
type derivation struct {
	antonym
	pos string
}

// dataFile is the data file that holds a pointer's part of speech.
var dataFile = map[string]string{"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}

// derivedPairs appends "^ x y" for each usable pair of lemmas that a
// synset's derivation pointers join, once per pair.
func derivedPairs(out []string, seen map[string]bool, all map[string]map[string]synset, s synset) []string {
	for _, d := range s.derived {
		t, ok := all[dataFile[d.pos]][d.offset]
		if !ok || d.from < 1 || d.from > len(s.lemmas) || d.to < 1 || d.to > len(t.lemmas) {
			continue
		}
		x, y := s.lemmas[d.from-1], t.lemmas[d.to-1]
		if x == "" || y == "" || x == y {
			continue
		}
		if l := "^ " + min(x, y) + " " + max(x, y); !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// addBothWays files x under y and y under x.
func addBothWays(m map[string][]string, x, y string) {
	for _, p := range [][2]string{{x, y}, {y, x}} {
		if !slices.Contains(m[p[0]], p[1]) {
			m[p[0]] = append(m[p[0]], p[1])
		}
	}
}

// derivedLines turns each word's derived forms into a line "^word d1 d2 …".
func derivedLines(der map[string][]string) []string {
	out := make([]string, 0, len(der))
	for w, ds := range der {
		out = append(out, "^"+w+" "+strings.Join(ds, " "))
	}
	return out
}
