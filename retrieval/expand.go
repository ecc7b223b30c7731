package retrieval

import (
	"strings"

	"articlebot/lexicon"
)

// maxExpansions bounds the synonyms added for one query word: the first
// few the article uses carry the meaning; more only add noise.
const maxExpansions = 3

// expand returns, for each query word the article never uses, up to
// maxExpansions of its WordNet synonyms that the article does use:
// "Why were the frontier posts shut?" also searches "close". Words the
// article has are left alone, so a question in the article's own words
// searches exactly as written; so are speech verbs, which ask whose words,
// not about a topic.
func (ix *Index) expand(text string) string {
	var out []string
	seen := map[string]bool{}
	scan(text, nil, func(tok []byte, acronym bool) {
		w := string(tok)
		t, ok := term(tok, acronym)
		if !ok || acronym || len(w) < 3 || seen[w] {
			return
		}
		seen[w] = true
		if _, has := ix.keyword.ids[t]; has {
			return
		}
		if _, speech := speechVerbs[t]; speech {
			// "what did she say": WordNet's noun "say" (a chance to
			// speak) brought in "chance", a topic that kept the
			// passages quoting her from the top.
			return
		}
		n := 0
		for _, r := range lexicon.Related(w) {
			rt := Terms(r)
			if len(rt) != 1 {
				continue
			}
			if _, has := ix.keyword.ids[rt[0]]; has && !seen[r] {
				seen[r] = true
				out = append(out, r)
				if n++; n == maxExpansions {
					break
				}
			}
		}
	})
	return strings.Join(out, " ")
}

// HasTerm reports whether any chunk of the article holds search term t (a
// term as Terms makes it).
func (ix *Index) HasTerm(t string) bool {
	_, ok := ix.keyword.ids[t]
	return ok
}

// EachTerm calls fn with every search term of the article, in no
// particular order, until fn returns false.
func (ix *Index) EachTerm(fn func(t string) bool) {
	for t := range ix.keyword.ids {
		if !fn(t) {
			return
		}
	}
}
