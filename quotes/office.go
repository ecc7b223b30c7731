package quotes

import (
	"strings"
	"unicode/utf8"

	"articlebot/fuzzy"
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
	if j < 1 || j+1 >= len(toks) || !officeLink(toks[j]) || toks[j-1].sent != toks[j].sent {
		return false
	}
	prev := toks[j-1]
	if !prev.isWord() || !prev.capital() || prev.poss {
		return false
	}
	if !lexicon.IsTitleWord(trimDot(prev.text)) {
		// "MEC for Roads Ann Lee": an office's initials before its
		// portfolio, when a portfolio word and a two-word name follow.
		return toks[j].text == "for" && isAcronym(prev.text) && !ofThe(toks, j) && portfolioAt(toks, j+1, 2)
	}
	if ofThe(toks, j) {
		// "Speaker of the House Ann Varley": a holder's given name must
		// follow, for "the" also opens bodies ("a Fellow of the Royal
		// Society in 1999").
		return portfolioAt(toks, j+2, 0) && holderAhead(toks, j+3)
	}
	return portfolioAt(toks, j+1, 0)
}

// holderAhead reports whether a given name and another capitalised word
// follow from token k on, past at most two more capitalised words of the
// portfolio: "House Ann Varley", "Joint Chiefs Dan Kell".
func holderAhead(toks []token, k int) bool {
	for i := k; i < len(toks)-1 && i <= k+2; i++ {
		t := toks[i]
		if !t.isWord() || !t.capital() || t.sent != toks[k-1].sent {
			return false
		}
		if lexicon.GivenName(t.text) && toks[i+1].isWord() && toks[i+1].capital() {
			return true
		}
	}
	return false
}

// officeLink reports whether t joins an office to its portfolio: "of"
// ("Director of Highways") or "for" ("Minister for Fisheries", "Vice
// President for Campus Life").
func officeLink(t token) bool {
	return t.text == "of" || t.text == "for"
}

// ofThe reports whether the "of" at j is followed by "the" and a capital
// in its sentence: "Speaker of the Legislature".
func ofThe(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j+1].text == "the" && toks[j+1].sent == toks[j].sent && toks[j+2].capital()
}

// officePortfolio reports whether token k is a word of an office's
// portfolio: the first word after its "of", or a second one when two
// capitalised words still follow for the holder's name ("Director of
// Public Works Ann Li").
func officePortfolio(toks []token, k int) bool {
	if k >= 2 && officeLink(toks[k-1]) {
		return officeOf(toks, k-1)
	}
	if k >= 3 && toks[k-1].text == "the" && officeLink(toks[k-2]) {
		return officeOf(toks, k-2)
	}
	return k >= 3 && officeLink(toks[k-2]) && officeOf(toks, k-2) && portfolioAt(toks, k, 2)
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
	if n.Noun && n.Person && k+after+1 < len(toks) && toks[k+1].sent == t.sent {
		// "Vice President for Campus Housing Ann Lee": a noun for people
		// modifies the common noun of the portfolio after it.
		next := toks[k+1]
		m := nounKind(strings.ToLower(next.text))
		return next.isWord() && next.capital() && m.Noun
	}
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

// titleCaseOffice returns the head of an office written in title case that
// ends at token c, the comma before its holder's name, or -1: a title or a
// noun WordNet knows only as a person's, then a preposition and up to
// eight more words, each capitalised or small ("The Special Envoy to the
// Council on Rivers, Ada Obi,"; "The Warden of the Guild of Weavers, …").
// The leftmost such head is the office's: "Envoy", not "Council".
func titleCaseOffice(toks []token, c int) int {
	head := -1
	for k := c - 1; k > 0 && k >= c-10; k-- {
		t := toks[k]
		if !t.isWord() || t.quote >= 0 || t.sent != toks[c].sent {
			break
		}
		w := t.lower()
		if !t.capital() && !lexicon.SmallWords.Has(w) {
			break
		}
		if !lexicon.Prepositions.Has(w) || k == c-1 {
			continue
		}
		n := toks[k-1]
		if n.isWord() && n.capital() && !n.poss && n.quote < 0 && (lexicon.IsTitleWord(trimDot(n.text)) || jobNoun(fuzzy.Fold(n.text)) && !lexicon.CommonGivenName(n.text)) {
			head = k - 1
		}
	}
	return head
}

// abbreviatedTitle reports whether token k is a title no list knows,
// written short, before a name that is no organisation's: a capitalised
// word of two to four letters with no vowel ("Cr", "Cllr", "Bdr"), with or
// without a full stop ("Cr Lisa Varga", "Cr Varga"); a contraction of a
// listed title (lexicon.TitleContraction: "Revd"); or two or three
// capitals before a given name, or a word no dictionary knows, and another
// capitalised word, as police and military ranks and chess titles are
// written ("DI Jo Marsh", "SP Ada Obi", "GM Tavik Orlenko"). English words
// have vowels, so a short word without one before a name is a shortened
// rank or office, not a name of its own; an organisation's initials stand
// before its own words or a title, not before a person's given name.
// "St", "Mt" and "Ft" open places (Saint, Mount, Fort) and "Ng" is a
// surname.
func abbreviatedTitle(toks []token, k int) bool {
	w := trimDot(toks[k].text)
	n := utf8.RuneCountInString(w)
	j := k + 1
	if j >= len(toks) || !toks[j].isWord() || !toks[j].capital() || toks[j].sent != toks[k].sent {
		return false
	}
	switch {
	case n >= 2 && n <= 4 && lexicon.VowelLess(w) && !lexicon.PlaceAbbreviations.Has(w), lexicon.TitleContraction(w):
	case n >= 2 && n <= 3 && w == toks[k].text && isAcronym(w) && (lexicon.GivenName(toks[j].text) || noEnglishWord(toks[j].text)) &&
		j+1 < len(toks) && toks[j+1].isWord() && toks[j+1].capital() && toks[j+1].sent == toks[k].sent:
	default:
		return false
	}
	return !lexicon.OrgHeads.Has(toks[j].text) && !(j+1 < len(toks) && lexicon.OrgHeads.Has(toks[j+1].text))
}

// noEnglishWord reports whether a capitalised word is no English noun,
// verb or function word, as a name from another language is ("Tavik"):
// initials before it and another capitalised word are a title's, where
// initials before an English word open a body's name ("RNZ Pacific News").
func noEnglishWord(w string) bool {
	l := strings.ToLower(w)
	return !lexicon.Noun(l).Noun && lexicon.VerbShare(l) == 0 && !lexicon.FunctionWords.Has(l)
}
