package quotes

import "strings"

// The word lists below are the package's only knowledge of English. They
// name kinds of words (titles, speech verbs, organisation heads), never the
// people or organisations of any particular article.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// titles precede a person's name and are dropped from it. They are matched
// capitalised and without a trailing period.
var titles = set(`President Chancellor Premier Minister Secretary Mayor Governor Gov
	Senator Sen Representative Rep Congressman Congresswoman Councilman Councilwoman
	Councillor Councilor Alderman Dr Mr Mrs Ms Miss Mx Prof Professor General Gen
	Lt Col Colonel Capt Captain Sgt Sergeant Adm Admiral Maj Commander Cmdr Chief
	Judge Justice King Queen Prince Princess Emperor Pope Cardinal Bishop Archbishop
	Rev Reverend Father Rabbi Imam Sheikh Sir Dame Lord Lady Ambassador Envoy
	Commissioner Chairman Chairwoman Chairperson Chair Director Spokesman Spokeswoman
	Spokesperson Speaker Leader Deputy Vice Prime Attorney Sheriff Detective Det
	Inspector Officer Superintendent Supt Coach CEO Hon Dean Pastor Ayatollah Crown
	Executive Managing Operating Financial Press Chancellor Ministers`)

// portfolios follow "Secretary of" or "Minister of" inside a title.
var portfolios = set(`State Defense Defence Finance Justice Health Education Energy
	Commerce Labor Labour Treasury Transportation Transport Agriculture Interior
	Homeland Security Foreign Affairs Trade Culture Environment`)

// femaleTitles and maleTitles tell a person's gender, which helps resolve
// "he" and "she".
var (
	femaleTitles = set(`Mrs Ms Miss Queen Princess Dame Lady Congresswoman Councilwoman Chairwoman Spokeswoman`)
	maleTitles   = set(`Mr King Prince Sir Lord Congressman Councilman Chairman Spokesman Father`)
)

// roles are lower-case nouns that, just before a name, show that the name is
// a person's ("Trump envoy Steve Witkoff", "Council member Jane Roe").
var roles = set(`envoy member spokesman spokeswoman spokesperson adviser advisor aide
	chancellor president minister secretary official director chief chairman
	chairwoman chair leader lawyer attorney ambassador governor mayor senator
	lawmaker councilman councilwoman councillor councilor commissioner deputy
	captain coach executive founder analyst professor expert fellow researcher
	author reporter correspondent editor writer resident candidate nominee judge
	general colonel officer negotiator diplomat premier prosecutor sheriff manager
	owner activist actor singer player head partner colleague teacher student
	doctor nurse engineer chairperson superintendent inspector
	planner designer architect builder farmer worker trader banker broker investor
	donor voter organizer organiser protester volunteer mother father wife husband
	son daughter brother sister friend neighbor neighbour survivor victim witness
	chef pilot driver soldier veteran priest monk businessman businesswoman
	entrepreneur consultant strategist lecturer scholar`)

// isRole reports whether a lower-case word names a person's role, from the
// list or from a suffix that makes nouns of agents (hydrologist, historian).
func isRole(w string) bool {
	if roles[w] {
		return true
	}
	if len(w) >= 7 && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "yst")) && !notRoles[w] {
		return true
	}
	return len(w) >= 7 && strings.HasSuffix(w, "ian") && !notRoles[w]
}

var notRoles = set(`insist persist assist resist against amidst`)

// roleAdjectives qualify a role: "the prime minister", "a former envoy".
var roleAdjectives = set(`prime former foreign deputy chief senior vice acting interim
	outgoing incoming top local state federal`)

// particles join the parts of a name ("Ursula von der Leyen").
var particles = set(`von van der den de del della di da du la le bin ibn al el ter ten dos das zu af`)

// suffixes end a name without being its surname.
var suffixes = set(`Jr Jr. Sr Sr. II III IV`)

// orgHeads end an organisation's name and need a name before them
// ("White House", "Port Authority").
var orgHeads = set(`House Authority Commission Ministry Department Council Committee
	Agency University College School Institute Center Centre Fund Foundation Bank
	Party Parliament Congress Senate Assembly Court Office Bureau Administration
	Company Corporation Corp Inc Group Association Union Organization Organisation
	News Times Post Journal Press Network Service Board Police Army Navy Guard
	Command Church Hospital Club Society Federation League Alliance Coalition Trust
	Institution Academy Laboratory Museum Library Reserve Exchange Tribunal
	Secretariat Cabinet Government Directorate Ltd LLC Airlines Broadcasting Agency
	Forum Programme Program Observatory Watch Council Ministry Mission`)

// orgWords are organisations named by one word.
var orgWords = set(`Kremlin Pentagon Vatican Bundestag Knesset Duma Elysee Élysée Politburo Interpol Europol`)

// notAcronyms are capitalised short words that are not organisations.
var notAcronyms = set(`I A OK TV AM PM US UK USA CEO II III IV AI ID`)

// connectors may join the words of an organisation's name.
var connectors = set(`of for and & on`)

// stopwords are capitalised words that start a sentence or a run of capitals
// without being part of a name.
var stopwords = set(`The A An This That These Those In On At For From With By To Of
	And But Or Yet So However Meanwhile Since After Before When While If Although
	Though As It He She They We I You His Her Their Its Our My Your There Here Then
	Now Also Still Even Some Many Most All Both Each Every No Not Only Such What
	Which Who Whom Whose Why How Where Despite During Under Over Against Among
	Between Through Until Unless Because Instead Later Earlier Today Yesterday
	Tomorrow Last Next First Asked Speaking According Like Unlike Amid Following
	Several Few Other Another More Less Once Twice Whether Than Into Onto Upon
	Without Within Across Around About Above Below Near Inside Outside Toward
	Towards Behind Beyond Besides Except Per Via Nor Either Neither Just Already
	Perhaps Indeed Thus Hence Therefore Moreover Furthermore Nevertheless Nonetheless
	Otherwise Anyway Yes Well Oh Please Thank Thanks One Two Three Four Five Six
	Seven Eight Nine Ten Dozens Hundreds Thousands Millions`)

// temporal words are capitalised but name no one.
var temporal = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
	February March April May June July August September October November December
	Christmas Easter`)

// generics are nouns for groups or anonymous people that report speech
// without a name ("Experts suggested", "U.S. officials said").
var generics = set(`experts officials analysts residents critics observers diplomats
	sources lawmakers legislators authorities investigators witnesses police
	protesters protestors scientists economists researchers doctors workers voters
	leaders locals neighbors neighbours organizers organisers supporters opponents
	activists families parents students teachers officers engineers historians
	prosecutors lawyers people aides advisers advisors spokesperson spokesman
	spokeswoman official expert analyst source economists commentators insiders
	participants members representatives negotiators mediators campaigners unions
	farmers owners executives managers staff employees`)

// speechVerbs introduce reported speech after a subject.
var speechVerbs = set(`said says say stated states told tells warned warns noted notes
	argued argues suggested suggests reiterated reiterates hinted hints demanded
	demands accused accuses announced announces wrote writes praised praises added
	adds insisted insists claimed claims acknowledged acknowledges urged urges
	asserted asserts explained explains declared declares predicted predicts
	cautioned cautions conceded concedes confirmed confirms denied denies emphasized
	emphasised stressed stresses pledged promised vowed criticized criticised
	condemned proposed recommended countered admitted admits estimated voiced
	signaled signalled indicated reported testified complained maintained contended
	observed remarked disclosed revealed threatened welcomed replied responded
	posted tweeted alleged questioned argued`)

// frameVerbs introduce a direct quotation; they include the speech verbs and
// verbs that only make sense with a quotation after them.
var frameVerbs = set(`called calls described describes asked asks continued recalled
	shouted joked quipped dubbed termed labeled labelled branded wrote writes`)

// callFor is the one two-word speech verb: "called for", "calls for".
var callFor = set(`called calls call`)

// auxiliaries may stand between a subject and its speech verb.
var auxiliaries = set(`has have had also again previously repeatedly later then long
	once did does do will would could can may might should must recently publicly
	quickly earlier further separately only reportedly privately already still often
	first subsequently immediately openly frequently consistently initially directly
	explicitly flatly firmly sharply strongly angrily bluntly briefly clearly simply
	just even always sometimes repeatedly loudly quietly formally`)

// negations make a sentence say that something was not said.
var negations = set(`not never didn't didn’t doesn't doesn’t hasn't hasn’t haven't haven’t n't`)

// prepositions before a name show it is not the subject ("officials in Kyiv").
var prepositions = set(`in at from of with for by to on about against between among
	near over under into after before during than like including via toward towards
	across around inside outside behind beyond within without upon onto per amid
	despite through throughout`)

// workWords follow the title of a show or work: “Hannity” program.
var workWords = set(`program programme show series podcast film movie documentary book
	novel memoir song album play musical newsletter column segment episode broadcast
	special magazine newspaper exhibition report poem opera sitcom drama
	programs programmes shows films movies books songs`)

// titleLead words introduce the title of a work: a report titled “X”.
var titleLead = set(`titled entitled headlined named`)

// smallWords may be lower case inside a title: “The Lord of the Rings”.
var smallWords = set(`a an the of and or in on at to for with by from de la vs nor but as`)

// pronouns that can be the subject of a speech verb.
var (
	personPronouns = set(`he she`)
	orgPronouns    = set(`it they`)
)
