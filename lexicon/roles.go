package lexicon

import "strings"

// roleSynonyms map the variants of a role word to one form, so that a
// lookup by "spokeswoman" finds a "spokesperson" and "defense attorney" a
// "defence lawyer".
var roleSynonyms = map[string]string{
	"spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"attorney": "lawyer", "counsel": "lawyer", "solicitor": "lawyer", "barrister": "lawyer",
	"defense": "defence", "defending": "defence", "mitigating": "defence",
	"chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
	"councilman": "councilmember", "councilwoman": "councilmember", "councillor": "councilmember",
	"councilor": "councilmember",
	// "Rep. Ann Lee" is, in later sentences, "the congresswoman".
	"congressman": "representative", "congresswoman": "representative", "congressperson": "representative",
	"center": "centre", "boss": "head", "skipper": "captain", "keeper": "goalkeeper",
	"doctor": "physician", "justice": "judge",
	"mum": "mother", "mom": "mother", "mam": "mother", "dad": "father",
}

// CanonicalRole returns the one form of a folded role word ("spokeswoman"
// → "spokesperson", "attorney" → "lawyer", "prosecutors" → "prosecutor"),
// or the word itself.
func CanonicalRole(w string) string {
	if c, ok := roleSynonyms[w]; ok {
		return c
	}
	if s := strings.TrimSuffix(w, "s"); s != w && len(s) > 3 && (roles.Has(s) || OrgNouns.Has(s)) {
		if c, ok := roleSynonyms[s]; ok {
			return c
		}
		return s
	}
	return w
}

// ListedRole reports whether a folded word is a role noun of the list,
// not one by its ending: "councilmember" for "council member".
func ListedRole(w string) bool { return roles.Has(w) }

// compoundRoles are two-word roles whose last word alone is no role:
// "centre back", "wing back".
var compoundRoles = newSet(`centre-back center-back full-back wing-back left-back right-back
	centre-forward center-forward council-member`)

// CompoundRole reports whether the folded words a b make a two-word role.
func CompoundRole(a, b string) bool { return compoundRoles.Has(a + "-" + b) }

// prosecutingOffices, before "attorney", make a prosecutor: "Assistant U.S.
// Attorney", "district attorney", "the state's attorney".
var prosecutingOffices = newSet(`u.s. u.s us district state state's county crown prosecuting`)

// Deeds are verbs in the past whose doer the deed describes for good:
// whoever "won the seat" is its winner, whoever "founded the choir" its
// founder. Most past deeds ("opened the show", "visited the site") describe
// nobody, so the deeds are listed; the agent noun comes from WordNet
// (AgentNoun).
var Deeds = newSet(`won founded co-founded invented designed built created discovered composed
	directed coached captained led`)

// CounselSides open a court report's sentence before the name of the
// lawyer who speaks for that side: "Prosecuting, Ann Roe KC said",
// "Defending, Tom Lee said", "Mitigating, …" (for the defence).
var CounselSides = newSet(`prosecuting defending mitigating`)

// prosecutingSides, after "counsel for" or "lawyer for", are the side that
// brings a criminal case: "attorney for the Commonwealth", "barrister for the
// Crown", "lawyer for the prosecution".
var prosecutingSides = newSet(`state crown prosecution people commonwealth`)

// Prosecutes reports whether folded role words name a prosecutor: the word
// itself, a lawyer after an office that prosecutes ("district attorney",
// "prosecuting counsel"), or a lawyer for the side that prosecutes
// ("barrister for the Crown"; "the" may be dropped).
func Prosecutes(words []string) bool {
	for i, w := range words {
		if w == "prosecutor" || w == "prosecutors" {
			return true
		}
		if CanonicalRole(w) != "lawyer" {
			continue
		}
		if i > 0 && prosecutingOffices.Has(words[i-1]) && (w == "attorney" || words[i-1] == "prosecuting") {
			return true
		}
		k := i + 1
		if k < len(words) && words[k] == "for" {
			k++
			if k < len(words) && words[k] == "the" {
				k++
			}
			if k < len(words) && prosecutingSides.Has(words[k]) {
				return true
			}
		}
	}
	return false
}

// accusedCues follow the name of someone a case is brought against: "X is
// accused of", "X, 52, has pleaded not guilty", "X was charged with".
var accusedCues = [][]string{
	{"accused", "of"}, {"charged", "with"}, {"pleaded", "not", "guilty"}, {"pleads", "not", "guilty"},
	{"indicted"}, {"on", "trial"}, {"denies", "the", "charges"}, {"denied", "the", "charges"},
}

// caseNouns before "against NAME" make NAME the defendant: "fraud charges
// against Maria Ortega", "the case against him".
var caseNouns = newSet(`charges charge case lawsuit suit indictment trial prosecution complaint`)

// Accused reports whether lower-case words, read after a person's name
// (apposition skipped by the caller), say the person is the defendant.
func Accused(after []string) bool {
	for _, cue := range accusedCues {
		if len(after) >= len(cue) && equalWords(after[:len(cue)], cue) {
			return true
		}
	}
	return false
}

// CaseAgainst reports whether lower-case words, read backwards from the
// word before a name, are "against" after a noun for a case: "charges
// against".
func CaseAgainst(before []string) bool {
	if len(before) < 2 || before[0] != "against" {
		return false
	}
	for _, w := range before[1:min(len(before), 4)] {
		if caseNouns.Has(w) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// PossessivePronouns open a relational description: "her brother", "his
// lawyer", "its spokesperson".
var PossessivePronouns = newSet(`his her its their`)

// FirstPersonWords and SecondPersonWords are the pronouns of a writer and
// of the one written to: a letter in a column says "my" and "we", the
// reply "you".
var (
	FirstPersonWords  = newSet(`i me my mine we us our ours myself ourselves`)
	SecondPersonWords = newSet(`you your yours yourself yourselves`)
)

// PronounGender is 'm' for "he", "him", "his", 'f' for "she", "her", 0
// for any other word.
func PronounGender(w string) byte {
	switch w {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// CreditRoles name the role of a credit line's people: "Reporting by X;
// Editing by Y".
var CreditRoles = map[string]string{
	"reporting": "reporter", "writing": "writer", "editing": "editor",
	"additional reporting": "reporter", "photography": "photographer", "photographs": "photographer",
}

// WriterRoles are the credit roles (CreditRoles) of the people who wrote a
// story: "Reporting by X" and "Writing by Y" name its writers, "Editing by
// Z" and "Photography by W" do not.
var WriterRoles = newSet(`reporter writer`)

// PressRoles are what a paper calls the journalists who write for it:
// "our correspondent" in the body is the byline's writer.
var PressRoles = newSet(`correspondent reporter writer journalist columnist editor photographer stringer author`)

// Affiliations describe a person by party or side rather than by office:
// "Farrow, a Republican," is found by "the Republican", but an office
// describes them better.
var Affiliations = newSet(`democrat republican conservative liberal socialist labourite tory green independent`)

// Businesses are kinds of organisation that are companies: "the company"
// may be the developer or the studio an article has described, not the
// charity.
var Businesses = newSet(`company firm business developer maker builder retailer manufacturer
	studio insurer lender carrier airline producer publisher operator supplier chain
	brand label bank utility broadcaster`)

// Generic reports whether an organisation noun says only that it is a
// business: "company", "firm".
func Generic(noun string) bool { return noun == "company" || noun == "firm" || noun == "business" }

// UnderRanks make a role another, lower or past office: a deputy
// governor, a vice chair, an assistant manager or a former mayor is not
// "the governor", "the chair", "the manager" or "the mayor".
var UnderRanks = newSet(`deputy vice assistant associate under sub former ex outgoing
	lieutenant`)

// SpelledRole returns a role word as a lookup may have written it before
// CanonicalRole: "councillor" for "councilmember", or the word itself.
func SpelledRole(w string) string {
	if w == "councilmember" {
		return "councillor"
	}
	return w
}

// Contracts reports whether the folded abbreviation a, which has no
// vowel, is a contraction of the folded word w: the same first and last
// letters, and a's letters in w in order ("cr" and "cllr" for
// "councillor", "sgt" for "sergeant", "bdr" for "bombardier"). Only
// abbreviations no list spells out are read this way.
func Contracts(a, w string) bool {
	if len(a) < 2 || len(w) <= len(a)+1 || strings.ContainsAny(a, "aeiouy") || a[0] != w[0] || a[len(a)-1] != w[len(w)-1] {
		return false
	}
	return lettersInOrder(a, w)
}

// AdjectiveOf reports whether the lower-case word adj is the adjective a
// noun makes with -al, -ial, -ic, -ical or -an, as role words are written
// either way: "financial" for "finance" ("the finance chief" is the chief
// financial officer), "economic" for "economy", "operational" for
// "operations", "technological" for "technology", "diocesan" for
// "diocese".
func AdjectiveOf(noun, adj string) bool {
	if len(noun) < 4 || len(adj) <= len(noun)-2 {
		return false
	}
	stems := []string{noun, strings.TrimSuffix(noun, "s")}
	for _, end := range []string{"e", "y"} {
		if s, ok := strings.CutSuffix(noun, end); ok {
			stems = append(stems, s)
		}
	}
	for _, s := range stems {
		for _, suf := range []string{"al", "ial", "ic", "ical", "an"} {
			if adj == s+suf {
				return true
			}
		}
	}
	return false
}
