package answer

import (
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// onlyUnderRank reports whether every time the article writes the office
// w, a word of lower or past rank stands before it that the question does
// not use (lexicon.UnderRanks): "Who is the mayor?" of an article whose
// only mayor is "Deputy Mayor Ana Ruiz" or "the former mayor" is not
// answered by her.
func (e *Engine) onlyUnderRank(q, w string) bool {
	asked := map[string]bool{}
	for _, t := range strings.Fields(strings.ToLower(q)) {
		asked[trimWord(t)] = true
	}
	office := retrieval.Terms(w)
	if len(office) != 1 {
		return false
	}
	seen := false
	for _, s := range e.art.Sentences {
		ws := strings.Fields(strings.ToLower(s.Text))
		for i, tok := range ws {
			parts := strings.Split(trimWord(tok), "-")
			head := parts[len(parts)-1]
			if ts := retrieval.Terms(head); len(ts) != 1 || ts[0] != office[0] {
				continue
			}
			before := ""
			if len(parts) > 1 {
				before = parts[len(parts)-2] // "ex-mayor", "vice-chair"
			} else if i > 0 {
				before = trimWord(ws[i-1])
			}
			// An "outgoing" chancellor still holds the office asked
			// about; the other ranks name another.
			if !lexicon.UnderRanks.Has(before) || before == "outgoing" || asked[before] {
				return false
			}
			seen = true
		}
	}
	return seen
}
