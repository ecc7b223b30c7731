package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// dateline reports whether the run [i, j) is a wire-story dateline at the
// start of a paragraph ("KYIV, March 18 (Reuters) -"): capitals before a
// comma, a slash or a bracket.
func dateline(toks []token, i, j int) bool {
	if i != 0 || j >= len(toks) || !toks[j].is(",") && !toks[j].is("/") && !toks[j].is("(") {
		return false
	}
	for _, t := range toks[i:j] {
		if t.text != strings.ToUpper(t.text) {
			return false
		}
	}
	return true
}

// runEnd returns the end of the run of name words starting at i.
func runEnd(toks []token, i int) int {
	hasHead := lexicon.OrgHeads.Has(toks[i].text) || lexicon.OrgWords.Has(toks[i].text)
	j := i + 1
	for ; j < len(toks); j++ {
		prev, t := toks[j-1], toks[j]
		// A plural's possessive inside an organisation's name carries on:
		// "Farmers’ Party", "Steel Producers’ Association".
		inName := prev.poss && prev.plural() && lexicon.OrgHeads.Has(t.text)
		if !t.isWord() || prev.poss && !inName || t.quote != prev.quote || t.title != prev.title || t.sent != prev.sent {
			break
		}
		switch {
		case t.capital():
		case lexicon.LegalSuffixes.Has(t.text):
			// "Brimfoss hf.", "Immeubles Lavoie inc.": a company's legal
			// form in lower case ends its name.
			hasHead = true
		case lexicon.Particles.Has(t.text) && capitalAhead(toks, j):
		case t.text == "the" && officeLink(prev) && officeOf(toks, j-1): // "Speaker of the House
		case officeOf(toks, j): // "Director of Highways
		case lexicon.Connectors.Has(t.text) && hasHead && j+1 < len(toks) && toks[j+1].capital() &&
			!(t.text == "and" && headAhead(toks, j+1) && !fieldsAfterOf(toks, i, j)) && !headEndsName(toks, i, j):
		case (t.text == "and" || t.text == "&") && !hasHead && j+1 < len(toks) && toks[j+1].capital() && headAhead(toks, j+1) &&
			commonRun(toks, i, j):
			// "Harbour and Transport Workers' Federation", "Food and Drug
			// Administration": common nouns joined to a name with a head.
		case (t.text == "and" || t.text == "&") && !hasHead && j+1 < len(toks) && toks[j+1].capital() && commonRun(toks, i, j) &&
			oneBodyAhead(toks, j+1):
			// "Valley Gas and Heat says", "Kestrel Freight and Storage
			// has": common nouns joined by "and" before a verb for one are
			// one body's name.
		case (t.text == "and" || t.text == "&") && !hasHead && j-i <= 3 && afterThe(toks, i) && j+1 < len(toks) && toks[j+1].capital() &&
			toks[j+1].sent == t.sent && headAhead(toks, j+1):
			// "the Kessock and Ardgour Ferry Company", "The Harbury
			// and Stoke Ambulance Service said": names after "the" are
			// no people's, so the name runs on to its head.
		case t.text == "of" && !hasHead && commonOf(toks, i, j):
			// "Marlow Vale Chamber of Commerce": a body named for what it
			// does, which no head word marks.
		case t.text == "of" && hasHead && j+2 < len(toks) && toks[j+1].text == "the" && toks[j+2].capital() &&
			toks[j+2].sent == t.sent && toks[j+2].quote == t.quote:
			// "Office of the Data Commissioner", "Church of the Holy
			// Cross": "the" inside an organisation's name.
			j++
		default:
			return j
		}
		if lexicon.OrgHeads.Has(t.text) || lexicon.OrgWords.Has(t.text) {
			hasHead = true
		}
	}
	return j
}

// fieldsAfterOf reports whether the "and" at j joins the fields of an
// office named "… of X and Y": the run [i, j) has a head and "of" before
// one or two capitalised common nouns, and one or two more follow "and" to
// end the run ("Office of Planning and Estates", "Department of
// Health and Human Services"). Two bodies joined by "and" ("the White
// House and Kremlin") have no "of" before it.
func fieldsAfterOf(toks []token, i, j int) bool {
	if j-2 < i || toks[j-1].poss || !commonNoun(toks[j-1].lower()) {
		return false
	}
	if !toks[j-2].is("of") && !(j-3 >= i && toks[j-3].is("of") && commonNoun(toks[j-2].lower())) {
		return false
	}
	k := j + 1
	for ; k < len(toks) && k <= j+2 && toks[k].capital() && toks[k].sent == toks[j].sent && toks[k].quote == toks[j].quote; k++ {
		if !commonNoun(toks[k].lower()) {
			return false
		}
		if toks[k].poss {
			return true // "… and Administration's spokesman": the run ends at a possessive
		}
	}
	return k > j+1 && (k >= len(toks) || !toks[k].capital())
}

// afterThe reports whether the run starting at token i follows "the" in
// its sentence, or opens with "The".
func afterThe(toks []token, i int) bool {
	if toks[i].text == "The" {
		return true
	}
	return i > 0 && toks[i-1].text == "the" && toks[i-1].sent == toks[i].sent
}

// capitalAhead reports whether particles starting at i lead to a capital.
func capitalAhead(toks []token, i int) bool {
	for j := i; j < len(toks) && toks[j].isWord(); j++ {
		if toks[j].capital() {
			return true
		}
		if !lexicon.Particles.Has(toks[j].text) {
			return false
		}
	}
	return false
}

// headAhead reports whether the capitals from i on contain an organisation
// head: "White House and Kremlin" names two organisations, not one.
func headAhead(toks []token, i int) bool {
	for j := i; j < len(toks) && toks[j].capital(); j++ {
		if lexicon.OrgHeads.Has(toks[j].text) || lexicon.OrgWords.Has(toks[j].text) {
			return true
		}
	}
	return false
}

// givenNotTitle reports whether the title word opening the two-word run
// [lo, hi) is the person's first name: a title that is also a common first
// name ("Dean", "Prince"), before a word that is no common first name (royals are
// "Prince Harry"), with a description set off after the name that is not
// of the title's office ("Dean Halloran, spokesman for the fans' trust,";
// but "Dean Ruiz, the dean of law," and "Justice Kagan, who wrote …").
func givenNotTitle(toks []token, lo, hi int) bool {
	title := trimDot(toks[lo].text)
	if !lexicon.CommonGivenName(title) || lexicon.CommonGivenName(toks[lo+1].text) || hi+2 >= len(toks) || !toks[hi].is(",") {
		return false
	}
	d := toks[hi+1]
	if !d.isWord() || d.capital() || !(lexicon.IsRole(d.lower()) || lexicon.Indefinites.Has(d.lower()) || lexicon.Definites.Has(d.lower())) {
		return false
	}
	office := strings.ToLower(title)
	for k := hi + 1; k < len(toks) && k <= hi+6 && toks[k].isWord() && toks[k].sent == toks[hi].sent; k++ {
		if w := toks[k].lower(); w == office || w == "judge" || w == "professor" || w == "royal" {
			return false
		}
	}
	return true
}

// oneBodyAhead reports whether the capitalised common nouns from i (one or
// two) are followed by a verb in the singular or a verb of saying: "Heat
// says", "Water has", "Heat said". Common nouns joined by "and" before
// such a verb are one body's name: two people's names would not be common
// nouns, and would take the plural ("Lee and Berg say").
func oneBodyAhead(toks []token, i int) bool {
	j := i
	for j < len(toks) && j < i+2 && toks[j].capital() && !toks[j].poss && commonNoun(toks[j].lower()) {
		j++
	}
	if j == i || j >= len(toks) || !toks[j].isWord() || toks[j].sent != toks[i].sent {
		return false
	}
	switch w := toks[j].text; w {
	case "says", "has", "is", "was", "does":
		return true
	default:
		// "Gas and Heat said": no two people are named by common
		// nouns, so a verb of saying in any tense will do.
		return lexicon.SpeechVerbs.Has(w)
	}
}

// headEndsName reports whether the "and" at j follows a head that ends a
// body's name after a word of the name itself: "the Medical Research
// Foundation and Green Moor Kids" are two bodies. A head that is a field
// after "of" ("Institute of Museum and Library Services") goes on.
func headEndsName(toks []token, i, j int) bool {
	if toks[j].text != "and" && toks[j].text != "&" || j-2 < i {
		return false
	}
	return lexicon.OrgHeads.Has(toks[j-1].text) && toks[j-2].capital() && !lexicon.Connectors.Has(toks[j-2].text)
}
