package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// maxCalledWords is how many words may stand between a verb of calling and
// the marks of the name it gives: "calling the new fee on every ticket
// “the harbour toll”" has 7. Calibrated on the eval sets: the longest
// such object there has 8 words (blind12), and no gold quotation of any
// set is lost at 10.
const maxCalledWords = 10

// groupLabel reports whether the words raw before the marks (the last of
// them just before the opening mark) give a name a group of people uses,
// not anyone's speech: a verb of calling whose subject is a plural noun
// for people, past auxiliaries and "taken to", with the thing named
// between — "a reef that divers have always called “the Comb”",
// "Commuters have taken to calling the line “the crawl”". A group says no
// sentence: "Okafor calls it “a scandal”" and "They call it “the Tub”"
// stay speech. At the paragraph's start, first is true.
func groupLabel(raw []string, first bool, words int) bool {
	if words > maxLabelWords {
		return false
	}
	v := -1
	for k := len(raw) - 1; k >= 0 && k >= len(raw)-maxCalledWords-1; k-- {
		if k < len(raw)-1 && strings.ContainsAny(raw[k], ",:;—–()") {
			return false
		}
		if w := strings.ToLower(raw[k]); lexicon.CallFor.Has(w) || w == "calling" {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	s := v - 1
	for s >= 0 && (lexicon.Auxiliaries.Has(strings.ToLower(raw[s])) || catenativeWord(strings.ToLower(raw[s]))) {
		s--
	}
	if s < 0 {
		return false
	}
	w := strings.ToLower(raw[s])
	if !plainNoun(w, w) || !pluralPeople(w) {
		return false
	}
	// A capital only where the sentence starts: "Residents call …".
	if raw[s] != w && !(s == 0 && first || s > 0 && strings.ContainsAny(raw[s-1][len(raw[s-1])-1:], ".!?")) {
		return false
	}
	return true
}

// catenativeWord reports whether w links a subject to a verb of calling
// after it: "have taken to calling", "started calling", "came to call".
func catenativeWord(w string) bool {
	switch w {
	case "to", "taken", "take", "took", "started", "start", "begun", "began", "come", "came", "tend", "like":
		return true
	}
	return false
}

// pluralPeople reports whether a lower-case word is a plural noun for
// people: "residents", "fishermen", "commuters".
func pluralPeople(w string) bool {
	if lexicon.IrregularPlural(w) || lexicon.PluralRole(w) {
		return true
	}
	for _, suf := range []string{"s", "es"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) > 2 && !strings.HasSuffix(s, "s") && lexicon.Noun(s).Person {
			return true
		}
	}
	return false
}
