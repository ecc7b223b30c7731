package lexicon

import "strings"

// OrgNouns name an organisation without naming which: "the company said",
// "the ministry's spokesperson".
var OrgNouns = newSet(`company firm group ministry agency council committee government
	department bureau authority commission board club university party union
	administration campaign team organisation organization corporation bank fund
	court office embassy institute foundation association federation league
	alliance coalition network service maker retailer manufacturer insurer
	lender carrier airline producer publisher developer studio charity practice
	hospital clinic school journal newspaper broadcaster regulator watchdog
	operator utility supplier builder chain brand label panel ngo`)

// IsOrgNoun reports whether a lower-case word names a kind of
// organisation: "company", "hospital", "university".
func IsOrgNoun(w string) bool {
	if OrgNouns.Has(w) {
		return true
	}
	r := []rune(w)
	if len(r) == 0 {
		return false
	}
	return OrgHeads.Has(strings.ToUpper(string(r[0])) + string(r[1:]))
}

// IsOrgHead reports whether a lower-case noun also ends organisations'
// names ("court" for "Supreme Court", "club"), as against one that
// describes them ("charity", "developer").
func IsOrgHead(w string) bool {
	r := []rune(w)
	return len(r) > 0 && OrgHeads.Has(strings.ToUpper(string(r[0]))+string(r[1:]))
}

// Workforce are the nouns for an employer's people and the posts they
// fill: a count of any of them counts the others ("85 staff" are the
// workers sent home; "employs 2,100 people" are the jobs that depend on
// it). "people" counts a workforce when the question's noun is one.
var Workforce = newSet(`worker workers employee employees staff staffer staffers personnel
	workforce job jobs`)

// bodyNouns are nouns for a body of people that OrgNouns leaves out,
// because they seldom stand for an organisation alone ("the band played
// on") but do say what a name set beside them is: "the punk band Salt
// Docks", "the magazine Tin Roof", "the choir Nine Larks".
var bodyNouns = newSet(`band magazine paper choir orchestra troupe society trust cooperative
	co-operative syndicate collective periodical tabloid`)

// NamesBody reports whether a lower-case noun, set right before a name
// ("the charity Green Moor Kids", "the folk band Copper Kettles"), says
// the name is an organisation's.
func NamesBody(w string) bool { return IsOrgNoun(w) || bodyNouns.Has(w) }

// FirstPlural are the words of the first person plural: a quotation that
// uses them speaks for a body ("we have listened").
var FirstPlural = newSet(`we us our ours ourselves`)

// Collectives are the nouns for a group people belong to that speaks as
// "we" without being an organisation: "her team", "the crew", "its
// members".
var Collectives = newSet(`team crew squad members side congregation community`)
