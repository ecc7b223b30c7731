package quotes

import (
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// personHead reports whether t is a lower-case noun WordNet knows only as
// a person's and no organisation's ("curate", "midwife").
func personHead(t token) bool {
	return t.isWord() && !t.capital() && jobNoun(fuzzy.Fold(t.text)) && !lexicon.IsOrgNoun(t.lower())
}

// afterPreposition reports whether the word before token i, past a "the",
// is a preposition, which makes the name an object ("officials in Kyiv
// said", "a spokesperson for the Ouse Trust said").
func afterPreposition(toks []token, i int) bool {
	if i > 1 && toks[i-1].is("the") {
		i--
	}
	if i > 1 && toks[i].capital() && toks[i-2].isWord() && toks[i-2].capital() && lexicon.Titles.Has(trimDot(toks[i-2].text)) {
		// "Vice President for Campus Housing Ana Ruiz said": the
		// preposition is inside a title in title case, whose holder
		// is the name, not the preposition's object.
		return false
	}
	return i > 0 && toks[i-1].isWord() && lexicon.Prepositions.Has(toks[i-1].text)
}

// kinFirstName reports whether a one-word name is a relative's first name
// set off after a family role: "Lloyd's daughter, Nia, is one of the
// nine", "his wife, Jane,".
func kinFirstName(toks []token, m *mention) bool {
	k := m.runLo - 2
	return k >= 0 && toks[k+1].is(",") && toks[k].isWord() && lexicon.Kin.Has(toks[k].lower()) &&
		m.hi < len(toks) && toks[m.hi].is(",")
}

// thingTail reports whether a name of three words or more ends in two
// capitalised common nouns WordNet never writes as names and that name
// no person ("Tarrow Grain Terminal", "Ebb Valley Water Works"): such a
// name is a place's or a body's, whatever verb follows it. A surname
// that is a common noun ("Baker", "Stone") is also a name in WordNet.
func thingTail(toks []token, m *mention) bool {
	if m.hi-m.lo < 3 {
		return false
	}
	for _, t := range toks[m.hi-2 : m.hi] {
		k := nounKind(t.lower())
		if !k.Noun || k.Name || k.Person {
			return false
		}
	}
	return true
}
