package answer

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// roleTerms are the search terms of a role, abbreviations spelled out
// ("Gov." gives "governor").
func roleTerms(r string) []string {
	var out []string
	for _, w := range fuzzy.Words(r) {
		if ex := lexicon.Expand(w); ex != nil {
			w = strings.Join(ex, " ")
		}
		out = append(out, retrieval.Terms(w)...)
	}
	return out
}

// missingIn counts the focus terms a sentence's terms lack.
func (f focus) missingIn(have map[string]bool) int {
	n := 0
	for _, ft := range f.terms {
		if ft.in(have) {
			continue
		}
		found := false
		for _, a := range ft.alts {
			found = found || have[a]
		}
		if !found {
			n++
		}
	}
	return n
}

// in reports whether a sentence's terms hold the focus term: itself, or a
// close spelling of it when the article does not use it as spelt.
func (ft focusTerm) in(have map[string]bool) bool {
	if ft.exact {
		return have[ft.term]
	}
	return hasFuzzy(have, ft.term)
}

// roleIn reports whether a sentence has a focus term that names a role:
// with a person's name beside it, "Trump envoy Steve Witkoff" answers "Who
// is the American envoy?" though "American" is not there.
func (f focus) roleIn(have map[string]bool) bool {
	for _, ft := range f.terms {
		if ft.role && have[ft.term] {
			return true
		}
	}
	return false
}

// joinTerms is for messages: the question's focus in its own words.
func (f focus) String() string {
	var out []string
	for _, ft := range f.terms {
		out = append(out, ft.term)
	}
	return strings.Join(out, " ")
}

// stands reports whether article term t stands for one of the question's
// terms: the term itself, a close spelling of a long one, or one of its
// alternatives (synonyms, irregular forms).
func (f focus) stands(t string, terms []string) bool {
	for _, q := range terms {
		if t == q {
			return true
		}
		if len(q) > lexicon.ShortWord {
			if _, ok := lexicon.Near(t, q); ok {
				return true
			}
		}
		for _, ft := range f.terms {
			if ft.term == q && slices.Contains(ft.alts, t) {
				return true
			}
		}
	}
	return false
}
