package lexicon

import "strings"

// Titles are honorifics and ranks written capitalised before a name
// ("Mayor Jane Doe", "Dr. Achebe"), matched without a trailing period.
// A capitalised role noun before a name counts as a title too (see
// IsTitleWord), so this list only needs the words that are not role nouns
// or that are abbreviations.
var Titles = newSet(`President Chancellor Premier Minister Secretary Mayor Governor Gov
	Senator Sen Representative Rep Congressman Congresswoman Councilman Councilwoman
	Councillor Councilor Alderman Dr Mr Mrs Ms Miss Mx Prof Professor General Gen
	Lt Col Colonel Capt Captain Sgt Sergeant Adm Admiral Maj Commander Cmdr Chief
	Judge Justice King Queen Prince Princess Emperor Pope Cardinal Bishop Archbishop
	Rev Reverend Father Rabbi Imam Sheikh Sir Dame Lord Lady Ambassador Envoy
	Commissioner Chairman Chairwoman Chairperson Chair Director Spokesman Spokeswoman
	Spokesperson Speaker Leader Deputy Vice Prime Attorney Sheriff Detective Det
	Inspector Officer Superintendent Supt Coach CEO CFO COO Hon Dean Pastor Ayatollah Crown
	Executive Managing Operating Financial Press Ministers Councilmember Assemblyman
	Assemblywoman Assemblymember Manager Treasurer Auditor Comptroller Controller
	Insp Cllr Cpl Pte Const`)

// Portfolios follow "Secretary of" or "Minister of" inside a title.
var Portfolios = newSet(`State Defense Defence Finance Justice Health Education Energy
	Commerce Labor Labour Treasury Transportation Transport Agriculture Interior
	Homeland Security Foreign Affairs Trade Culture Environment`)

// FemaleTitles and MaleTitles tell a person's gender, which helps resolve
// "he" and "she".
var (
	FemaleTitles = newSet(`Mrs Ms Miss Queen Princess Dame Lady Congresswoman Councilwoman Chairwoman Spokeswoman Assemblywoman`)
	MaleTitles   = newSet(`Mr King Prince Sir Lord Congressman Councilman Chairman Spokesman Father Assemblyman`)
)

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
	staffer welder cleaner fisherman shopkeeper`)

// Kin are the family roles that introduce a relative of someone the article
// is about ("his wife Pauline Aldous", "her brother, Luis Ortega"): a bare
// surname they share means the principal, not the relative.
var Kin = newSet(`wife husband widow widower son daughter brother sister mother father
	stepson stepdaughter stepmother stepfather grandson granddaughter grandmother
	grandfather nephew niece cousin uncle aunt fiancé fiancée fiance fiancee twin mum mom dad`)

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
	if notRoles.Has(w) {
		return false
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

// IsTitleWord reports whether a capitalised word (period dropped) before a
// name is a title or a role: "Mayor", "Dr", "Councilmember", "Hydrologist".
// Titles are dropped from canonical names by this rule.
func IsTitleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if Titles.Has(w) {
		return true
	}
	var buf [lowerKeyMax]byte
	if l, ok := lowerASCII(&buf, w); ok {
		return titleRole(w, string(l)) // on the stack: titleRole keeps nothing of it
	}
	return titleRole(w, strings.ToLower(w))
}

// titleRole reports whether w, without its final period, is a role
// capitalised as a title; l is w in lower case. Capitalised words in -ian
// are mostly demonyms ("Valdorian Ministry"), not roles: only the listed
// ones count before a name.
func titleRole(w, l string) bool {
	return w != l && IsRole(l) && (roles.Has(l) || !strings.HasSuffix(l, "ian"))
}

// RoleAdjectives qualify a role: "the prime minister", "a former envoy".
var RoleAdjectives = newSet(`prime former foreign deputy chief senior vice acting interim
	outgoing incoming top local state federal financial executive operating
	general associate assistant junior principal lead head managing retired
	opposition city county regional national district`)

// abbreviations spell out the short forms of titles and roles, so that
// "Gov. Lund" is found by "the governor" and "CFO" finds the chief
// financial officer.
var abbreviations = map[string][]string{
	"gov":   {"governor"},
	"sen":   {"senator"},
	"rep":   {"representative"},
	"gen":   {"general"},
	"prof":  {"professor"},
	"dr":    {"doctor"},
	"lt":    {"lieutenant"},
	"col":   {"colonel"},
	"capt":  {"captain"},
	"cmdr":  {"commander"},
	"adm":   {"admiral"},
	"sgt":   {"sergeant"},
	"supt":  {"superintendent"},
	"det":   {"detective"},
	"insp":  {"inspector"},
	"cllr":  {"councillor"},
	"cpl":   {"corporal"},
	"pte":   {"private"},
	"const": {"constable"},
	"rev":   {"reverend"},
	"pres":  {"president"},
	"ceo":   {"chief", "executive"},
	"cfo":   {"chief", "financial", "officer"},
	"coo":   {"chief", "operating", "officer"},
	"cto":   {"chief", "technology", "officer"},
	"mp":    {"member", "of", "parliament"},
	"mep":   {"member", "of", "the", "european", "parliament"},
	"chair": {"chair"},
}

// Expand returns the words a folded title or role abbreviation stands for
// ("gov" → "governor", "cfo" → "chief financial officer"), or nil.
func Expand(w string) []string {
	return abbreviations[strings.TrimSuffix(w, ".")]
}

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
)

// Abbreviating returns the abbreviations that stand for a folded title or
// role word ("governor" → "gov"), for finding "Gov. Lund" by "governor".
func Abbreviating(w string) []string {
	var out []string
	for abbr, full := range abbreviations {
		if len(full) == 1 && full[0] == w && abbr != w {
			out = append(out, abbr)
		}
	}
	return out
}

// Offices are titles that point at one person as surely as a name does:
// "what did the president say" has no answer in an article without a
// president.
var Offices = newSet(`president governor mayor senator chancellor minister premier
	king queen prince princess pope ambassador envoy spokesman spokeswoman spokesperson
	ceo cfo chairman chairwoman chair secretary commissioner general admiral sheriff judge
	congressman congresswoman lawmaker councilman councilwoman councilmember`)

// OrgNouns name an organisation without naming which: "the company said",
// "the ministry's spokesperson".
var OrgNouns = newSet(`company firm group ministry agency council committee government
	department bureau authority commission board club university party union
	administration campaign team organisation organization corporation bank fund
	court office embassy institute foundation association federation league
	alliance coalition network service maker retailer manufacturer insurer
	lender carrier airline producer publisher developer studio charity practice
	hospital clinic school journal newspaper broadcaster regulator watchdog
	operator utility supplier builder chain brand label panel`)

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

// RoleOfVerb returns the role a verb gives its subject ("chairs" → "chair"),
// or "".
func RoleOfVerb(v string) string { return roleVerbs[v] }

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

// Courtesy titles say nothing of what a person does: "Dr. Achebe" is
// described by "a hydrologist", not by "Dr.".
var Courtesy = newSet(`Dr Mr Mrs Ms Miss Mx Sir Dame Lord Lady Hon Rev Reverend`)

// Gendered nouns tell a person's sex in a description that stands for a
// name: "the father-of-two", "the grandmother", "the 23-year-old woman".
var (
	MaleNouns   = newSet(`man boy father husband son brother grandfather grandson widower uncle nephew gentleman businessman sportsman chairman spokesman actor`)
	FemaleNouns = newSet(`woman girl mother wife daughter sister grandmother granddaughter widow aunt niece lady businesswoman sportswoman chairwoman spokeswoman actress`)
)
