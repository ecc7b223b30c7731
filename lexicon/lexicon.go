// Package lexicon is the engine's one home for knowledge of English: speech
// and reporting verbs, honorifics and role nouns, the small words that are
// never names, the rule for how many typos a word may carry, and how long a
// quotation must be. The quotation index, the answering engine, retrieval
// and the eval all read it, so a word added here counts everywhere.
//
// The lists name kinds of words, never the people, places or organisations
// of any particular article.
package lexicon

import "strings"

// Set is a read-only set of words.
type Set struct{ m map[string]bool }

// newSet makes a set of the space-separated words.
func newSet(words string) Set {
	s := Set{m: map[string]bool{}}
	for _, w := range strings.Fields(words) {
		s.m[w] = true
	}
	return s
}

// Has reports whether w is in the set, exactly as written.
func (s Set) Has(w string) bool { return s.m[w] }

// Words returns the set's words in no particular order.
func (s Set) Words() []string {
	out := make([]string, 0, len(s.m))
	for w := range s.m {
		out = append(out, w)
	}
	return out
}
