// An organisation's name followed by its initials in brackets ("Tennick
// Moor Buses (TMB)") introduces the initials as another name of the
// same organisation: "HRS said" later is the company speaking, and a
// lookup by either finds one speaker.

package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// bracketedInitials returns, for each mention of two words or more that a
// bracket holding its initials follows, those initials: "Tennick Moor
// Buses (TMB)", "Tamil Nadu Farmers' Federation (TNFF)", "Office of Tram
// Standards (OTS)". The mention and the initials' mention are an
// organisation's: no person's name is followed by its own initials, and
// a run of capitals a reader is told to abbreviate names a body. A role
// in capitals ("Chief Financial Officer (CFO)") is no body, and a name
// that is a person's already or opens with a given name keeps its kind:
// a transcript labels its speakers by their initials ("host Nell Arbuthnot
// (NA)"), unless it ends with a body's head ("Grace Valley Water
// Authority (GVWA)", "Lake Basin Board (LBB)").
func bracketedInitials(all []mref) map[mref]string {
	var out map[mref]string
	for _, r := range all {
		m, toks := r.m(), r.p.toks
		j := m.hi
		if r.size() < 2 || r.quoted() || m.title != "" || m.hint == person || j+2 >= len(toks) || !toks[j].is("(") || !toks[j+2].is(")") ||
			toks[j+1].sent != toks[m.lo].sent {
			continue
		}
		acr := toks[j+1].text
		if !initialsOf(acr, r.words()) || lexicon.IsTitleWord(r.word(0)) || lexicon.GivenName(r.word(0)) && !lexicon.OrgHeads.Has(r.word(r.size()-1)) ||
			lexicon.IsRole(strings.ToLower(r.word(r.size()-1))) {
			continue
		}
		if out == nil {
			out = map[mref]string{}
		}
		out[r] = acr
		m.hint = organisation
		if k := r.p.mentAt[j+1]; k >= 0 && r.p.ments[k].hint != person {
			r.p.ments[k].hint = organisation
		}
	}
	return out
}

// initialsOf reports whether acr, two capitals or more, spells the
// initials of the name's words: of every word, or of its capitalised
// ones ("Office of Tram Standards" is OTS or OOTS, "Farmers' Federation" FF).
func initialsOf(acr string, words []string) bool {
	if len(acr) < 2 || strings.ToUpper(acr) != acr || strings.IndexFunc(acr, func(r rune) bool { return !unicode.IsUpper(r) }) >= 0 {
		return false
	}
	var all, capped strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		all.WriteRune(unicode.ToUpper(r))
		if unicode.IsUpper(r) {
			capped.WriteRune(r)
		}
	}
	return acr == all.String() || acr == capped.String()
}

// nameInitials makes the initials another name of the organisation e, so
// that their mentions, resolved after the longer names, find it; a name
// the initials already have is kept.
func (rs *resolver) nameInitials(acr string, e *entity) {
	if e == nil || e.kind != Organisation {
		return
	}
	if key := fuzzy.Fold(acr); rs.orgNames[key] == nil {
		rs.orgNames[key] = e
	}
}

// commonAcronym reports whether the run [i, j) is one acronym used as a
// common noun or a unit, not as a body's name: after "a" or "an" or a
// possessive ("a Lagos-based NGO", "the island's MSP") a name stands only
// in a title run, and after a figure it is a unit ("at 0815 GMT", "a
// 40 MW plant").
func commonAcronym(toks []token, i, j int) bool {
	if j != i+1 || i == 0 || !isAcronym(toks[i].text) || toks[i].poss {
		return false
	}
	k := i - 1
	if toks[k].sent != toks[i].sent || !toks[k].isWord() {
		return false
	}
	for k > 0 && k > i-3 && toks[k].isWord() && !toks[k].capital() && strings.Contains(toks[k].text, "-") {
		k-- // "a Lagos-based NGO": a compound adjective between
	}
	w := toks[k].lower()
	if w == "a" || w == "an" || possessive(toks[k]) && !toks[k].capital() {
		return true
	}
	r, _ := utf8.DecodeRuneInString(toks[i-1].text)
	return unicode.IsDigit(r) && j < len(toks) && (!toks[j].isWord() || !toks[j].capital())
}
