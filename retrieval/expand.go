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
// searches exactly as written.
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
