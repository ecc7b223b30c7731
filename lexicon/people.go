package lexicon

import "strings"

// roles are lower-case nouns that name what a person does or is to others
// ("envoy", "councilmember", "hydrologist"); see IsRole.
var roles = newSet(`envoy member spokesman spokeswoman spokesperson adviser advisor aide
	chancellor president minister secretary official director chief chairman
	chairwoman chair leader lawyer attorney ambassador governor mayor senator
	lawmaker councilman councilwoman councillor councilor councilmember commissioner deputy
	captain coach executive founder analyst professor expert fellow researcher
	author reporter correspondent editor writer resident candidate nominee judge
	general colonel officer negotiator diplomat premier prosecutor sheriff manager
	owner activist actor singer player head partner colleague teacher student
	doctor nurse engineer chairperson superintendent inspector representative
	planner designer architect builder farmer worker trader banker broker investor
	donor voter organizer organiser protester volunteer mother father wife husband
	son daughter brother sister friend neighbor neighbour survivor victim witness
	chef pilot driver soldier veteran priest monk businessman businesswoman
	entrepreneur consultant strategist lecturer scholar sponsor counterpart mp
	ceo cfo coo treasurer auditor comptroller controller assemblyman assemblywoman
	assemblymember delegate observer mediator king queen prince princess pope
	congressman congresswoman alderman bishop judge justice detective sergeant
	admiral commander dean pastor rabbi imam surgeon physician scientist
	economist historian academic referee umpire striker goalkeeper defender
	midfielder forward quarterback pitcher batter bowler jockey champion
	captain skipper manager trainer agent chairholder defendant plaintiff
	suspect claimant appellant petitioner respondent juror solicitor barrister
	counsel clerk architect paediatrician pediatrician epidemiologist author
	co-author coauthor interviewer host presenter founder substitute spokesperson
	comedian comedienne
	musician politician technician electrician magician librarian mathematician
	statistician dietitian optician beautician painter sculptor photographer poet
	dancer runner swimmer sprinter boxer golfer rower skier climber baker butcher
	carpenter plumber mechanic firefighter paramedic glassblower potter weaver
	novelist playwright composer conductor filmmaker broadcaster
	parent pupil patient customer client passenger tenant landlord shopper commuter
	motorist cyclist pensioner spectator bystander onlooker supporter employee
	staffer welder cleaner fisherman shopkeeper brother-in-law sister-in-law son-in-law
	daughter-in-law father-in-law mother-in-law`)

// Kin are the family roles that introduce a relative of someone the article
// is about ("his wife Pauline Aldous", "her brother, Luis Ortega"): a bare
// surname they share means the principal, not the relative.
var Kin = newSet(`wife husband widow widower son daughter brother sister mother father
	stepson stepdaughter stepmother stepfather grandson granddaughter grandmother
	grandfather nephew niece cousin uncle aunt fiancé fiancée fiance fiancee twin mum mom dad
	brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law`)

// Household are the relatives a news story names by a given name alone
// when they share the family name of the person they are named after:
// "His wife, Ada," or "their son, Tomi," (not an aunt or a cousin).
var Household = newSet(`wife husband son daughter brother sister stepson stepdaughter twin`)

// roleEndings make a compound word a role noun: "councilmember",
// "spokesperson", "policymaker", "congresswoman".
var roleEndings = []string{"member", "person", "woman", "maker", "leader", "keeper", "holder", "worker", "writer", "officer", "director", "minister", "manager"}

// agentSuffixes make nouns of agents from other words: "hydrologist",
// "historian", "analyst". Seven letters at least, so that "list" and "Ian"
// do not count.
var agentSuffixes = []string{"ist", "yst", "ian"}

// notRoles end like agent nouns without being one.
var notRoles = newSet(`insist persist assist resist against amidst midst twist wrist
	whilst exist consist enlist median guardian civilian christian`)

// IsRole reports whether a lower-case word names a person's role: from the
// list, as a compound ending in a role noun ("councilmember"), or from a
// suffix that makes nouns of agents ("hydrologist", "historian").
func IsRole(w string) bool {
	w = strings.TrimSuffix(w, ".")
	var buf [lowerKeyMax]byte
	if l, ok := lowerASCII(&buf, w); ok {
		return isRole(string(l)) // on the stack: isRole keeps nothing of it
	}
	return isRole(strings.ToLower(w))
}

// isRole is IsRole of a word in lower case, without its final period.
func isRole(w string) bool {
	if roles.Has(w) || compoundRoles.Has(w) {
		return true
	}
	if ex, ok := abbreviations[w]; ok && roles.Has(ex[len(ex)-1]) {
		return true
	}
	if notRoles.Has(w) || countCompound(w) {
		return false
	}
	if hyphenatedRole(w) {
		return true
	}
	for _, e := range roleEndings {
		if len(w) > len(e)+3 && strings.HasSuffix(w, e) {
			return true
		}
	}
	for _, s := range agentSuffixes {
		if len(w) >= 7 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// countCompound reports whether a hyphenated word opens with a count:
// "ten-woman Rovers", "a two-man crew" say how many, not who.
func countCompound(w string) bool {
	head, _, ok := strings.Cut(w, "-")
	return ok && head != "" && (Quantifiers.Has(head) || head == "one" || head == "eleven" || head[0] >= '0' && head[0] <= '9')
}

// hyphenatedRole reports whether a hyphenated word is a role by its parts:
// a listed role after a prefix of rank or partnership ("vice-president",
// "co-founder", "ex-minister", "co-owner"), or before "in-chief"
// ("editor-in-chief"). A role is the head of the compound, which in
// English is its last part: "father-of-two" and "well-known" are none.
func hyphenatedRole(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	if roles.Has(w[i+1:]) {
		return true
	}
	head, rest, _ := strings.Cut(w, "-")
	return rest == "in-chief" && roles.Has(head)
}

// PluralRole reports whether a lower-case word is the plural of a role
// noun, naming a group that speaks: "the authors wrote", "teachers said".
func PluralRole(w string) bool {
	for _, suf := range []string{"es", "s"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) > 3 && !strings.HasSuffix(s, "s") && IsRole(s) {
			return true
		}
	}
	return false
}

// RoleAdjectives qualify a role: "the prime minister", "a former envoy".
var RoleAdjectives = newSet(`prime former foreign deputy chief senior vice acting interim
	outgoing incoming top local state federal financial executive operating
	general associate assistant junior principal lead head managing retired
	opposition city county regional provincial national district`)

// Generics are nouns for groups or anonymous people that report speech
// without a name ("Experts suggested", "a senior official said").
var Generics = newSet(`experts officials analysts residents critics observers diplomats
	sources lawmakers legislators authorities investigators witnesses police
	protesters protestors scientists economists researchers doctors workers voters
	leaders locals neighbors neighbours organizers organisers supporters opponents
	activists families parents students teachers officers engineers historians
	prosecutors lawyers people aides advisers advisors spokesperson spokesman
	spokeswoman official expert analyst source economists commentators insiders
	participants members representatives negotiators mediators campaigners unions
	farmers owners executives managers staff employees diplomat manager observer
	person insider negotiator mediator adviser advisor aide employee`)

// Pronouns that can be the subject of a speech verb.
var (
	PersonPronouns = newSet(`he she`)
	OrgPronouns    = newSet(`it they`)
	// SubjectPronouns are the personal pronouns that stand as a clause's
	// subject: "a deal one we could not turn down" opens a clause with one.
	SubjectPronouns = newSet(`i we you he she they`)
)

// Offices are titles that point at one person as surely as a name does:
// "what did the president say" has no answer in an article without a
// president.
var Offices = newSet(`president governor mayor senator chancellor minister premier
	king queen prince princess pope ambassador envoy spokesman spokeswoman spokesperson
	ceo cfo chairman chairwoman chair secretary commissioner general admiral sheriff judge
	congressman congresswoman lawmaker councilman councilwoman councilmember`)

// Determiners open a noun phrase that describes someone without naming
// them: "a senior official", "the manager", "her spokesperson".
var (
	Indefinites = newSet(`a an one another two three four several some`)
	Definites   = newSet(`the his her its their our`)
)

// roleVerbs turn what a relative clause says a person does into a role:
// "who chairs the committee" makes a chair, "led by" a leader.
var roleVerbs = map[string]string{
	"chairs": "chair", "chaired": "chair", "leads": "leader", "led": "leader",
	"heads": "head", "headed": "head", "directs": "director", "directed": "director",
	"manages": "manager", "managed": "manager", "represents": "representative",
	"coaches": "coach", "coached": "coach", "founded": "founder", "owns": "owner",
	"runs": "head", "captains": "captain", "captained": "captain", "sponsored": "sponsor",
	"sponsors": "sponsor", "edits": "editor", "edited": "editor", "studies": "researcher",
}

// OwnerNouns name whoever owns a business, which an article may say they
// run ("who runs a corner shop", RoleOfVerb "head"): a lookup of "the shop
// owner" fits the head of a shop.
var OwnerNouns = newSet(`owner proprietor`)

// RoleOfVerb returns the role a verb gives its subject ("chairs" → "chair"),
// or "".
func RoleOfVerb(v string) string { return roleVerbs[v] }

// Gendered nouns tell a person's sex in a description that stands for a
// name: "the father-of-two", "the grandmother", "the 23-year-old woman".
var (
	MaleNouns   = newSet(`man boy father husband son brother grandfather grandson widower uncle nephew gentleman businessman sportsman chairman spokesman actor`)
	FemaleNouns = newSet(`woman girl mother wife daughter sister grandmother granddaughter widow aunt niece lady businesswoman sportswoman chairwoman spokeswoman actress`)
)

// IrregularPlural reports whether a lower-case word is a plural not made
// with s, whose possessive is written ’s: "women", "fishermen" (a noun in
// -man WordNet lists), "people", "children".
func IrregularPlural(w string) bool {
	switch w {
	case "people", "children", "women", "men":
		return true
	}
	stem, ok := strings.CutSuffix(w, "men")
	return ok && len(stem) >= 3 && Noun(stem+"man").Person
}
