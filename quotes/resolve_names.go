package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// nearPerson returns the one person whose surname is a spelling variant of
// w (Zelenskyy for Zelenskiy).
func (rs *resolver) nearPerson(w string) *entity {
	var found *entity
	fw := fuzzy.Fold(w)
	for _, e := range rs.byPrefix[prefix2(fw)] {
		esur := surname(e.words)
		if _, ok := lexicon.Near(fw, fuzzy.Fold(esur[len(esur)-1])); ok {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// nameLike reports whether an unknown one-word name is a proper name and
// not a capitalised common word: "Moscow says" but not "Experts suggested".
func (rs *resolver) nameLike(r mref) bool {
	if !r.m().initial {
		return true
	}
	w := r.word(0)
	lw := strings.ToLower(w)
	if lexicon.Generics.Has(lw) || rs.lower[lw] {
		return false
	}
	if rs.capitalMid[w] {
		return true
	}
	return !strings.HasSuffix(lw, "s")
}

// afterPlacePreposition reports whether token i follows a preposition that
// puts a place after it ("in", "from").
func afterPlacePreposition(p *para, i int) bool {
	return i > 0 && p.toks[i-1].isWord() && lexicon.PlacePrepositions.Has(p.toks[i-1].lower())
}
