// Organisation names that run across "of" or "and" between common nouns,
// which WordNet tells from names.

package quotes

import (
	"articlebot/lexicon"
)

// commonOf reports whether the "of" at j inside the run starting at i
// joins a name to one or two capitalised common nouns that end the run:
// "Chamber of Commerce", "Sisters of Mercy", a common noun before "of" as
// well as after it. WordNet decides what a common
// noun is; a place that is also a noun ("Reading") passes too, which is
// rare enough after a name. No title may stand before it ("Secretary of
// State" is read as a title), and the run must end there: "Head of
// Research Ann Lee" is a title and a name.
func commonOf(toks []token, i, j int) bool {
	for _, t := range toks[i:j] {
		if lexicon.Titles.Has(trimDot(t.text)) || t.poss {
			return false
		}
	}
	if j == i || !commonNoun(toks[j-1].lower()) {
		// "Halvor Dunne of Mill Cove": a person from a place; a body
		// named for what it does has a common noun before "of".
		return false
	}
	k := j + 1
	for ; k < len(toks) && k < j+3 && toks[k].capital() && toks[k].sent == toks[j].sent && toks[k].quote == toks[j].quote; k++ {
		if !commonNoun(toks[k].lower()) {
			return false
		}
	}
	if k == j+1 || k < len(toks) && toks[k].isWord() && (toks[k].capital() || toks[k].text == "of") {
		return false
	}
	return true
}

// commonRun reports whether the capitalised words [i, j), less those that
// open sentences, are one or two common nouns ("Harbour", "Food"), so that
// a person's name ("Ann Lee and Transport Workers' Federation") is never
// joined to an organisation's.
func commonRun(toks []token, i, j int) bool {
	for i < j && lexicon.SentenceStarters.Has(toks[i].text) {
		i++
	}
	if j-i < 1 || j-i > 2 {
		return false
	}
	for _, t := range toks[i:j] {
		if t.poss || !commonNoun(t.lower()) {
			return false
		}
	}
	return true
}

// commonNoun reports whether the lower-case w, or w less a plural
// ending, is a common noun in WordNet.
func commonNoun(w string) bool { return nounKind(w).Noun }
