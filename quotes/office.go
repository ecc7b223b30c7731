package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// Offices in title case name what their holder is in charge of after
// "of": "Secretary of State", "Director of Highways", "Head of Finance",
// "Minister of Public Works". The words after "of" are listed portfolios
// or common nouns by WordNet ("Parks", "Highways"), never names only
// ("President of Ireland" is a title and a place), so "Director of
// Highways Patrick Lindqvist" is Patrick Lindqvist with the role
// "Director of Highways".

// officeOf reports whether token j is the "of" of such an office: a title
// or a capitalised role noun before it, a portfolio after it.
func officeOf(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) || toks[j].text != "of" || toks[j-1].sent != toks[j].sent {
		return false
	}
	prev := toks[j-1]
	return prev.isWord() && prev.capital() && !prev.poss && lexicon.IsTitleWord(trimDot(prev.text)) && portfolioAt(toks, j+1, 0)
}

// officePortfolio reports whether token k is a word of an office's
// portfolio: the first word after its "of", or a second one when two
// capitalised words still follow for the holder's name ("Director of
// Public Works Ann Li").
func officePortfolio(toks []token, k int) bool {
	if k >= 2 && toks[k-1].text == "of" {
		return officeOf(toks, k-1)
	}
	return k >= 3 && toks[k-2].text == "of" && officeOf(toks, k-2) && portfolioAt(toks, k, 2)
}

// portfolioAt reports whether token k can name a portfolio and is
// followed by at least after more capitalised words in its sentence.
func portfolioAt(toks []token, k, after int) bool {
	t := toks[k]
	if !t.isWord() || !t.capital() || t.poss || t.quote != toks[k-1].quote {
		return false
	}
	for i := k + 1; i <= k+after; i++ {
		if i >= len(toks) || !toks[i].isWord() || !toks[i].capital() || toks[i].sent != t.sent {
			return false
		}
	}
	if lexicon.Portfolios.Has(t.text) {
		return true
	}
	n := nounKind(strings.ToLower(t.text))
	return n.Noun && !n.Person
}

// nounKind looks a lower-case word up in WordNet's nouns, a plural by
// its singular ("highways", "libraries", "businesses").
func nounKind(w string) lexicon.NounKind {
	if k := lexicon.Noun(w); k.Noun {
		return k
	}
	for _, e := range [][2]string{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if s, ok := strings.CutSuffix(w, e[0]); ok && len(s) > 2 {
			if k := lexicon.Noun(s + e[1]); k.Noun {
				return k
			}
		}
	}
	return lexicon.NounKind{}
}
