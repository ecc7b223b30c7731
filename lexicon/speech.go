package lexicon

// SpeechVerbs introduce reported speech after a subject.
var SpeechVerbs = newSet(`said says say stated states told tells warned warns noted notes
	argued argues suggested suggests reiterated reiterates hinted hints demanded
	demands accused accuses announced announces wrote writes praised praises added
	adds insisted insists claimed claims acknowledged acknowledges urged urges
	asserted asserts explained explains declared declares predicted predicts
	cautioned cautions conceded concedes confirmed confirms denied denies emphasized
	emphasised stressed stresses pledged promised vowed criticized criticised
	condemned proposed recommended countered admitted admits estimated voiced
	signaled signalled indicated reported testified complained maintained contended
	observed remarked disclosed revealed threatened welcomed replied responded
	posted tweeted alleged questioned`)

// FrameVerbs introduce a direct quotation but, unlike speech verbs, say
// nothing on their own ("called it …", "described the quarter as …",
// "finding the evidence “…”").
var FrameVerbs = newSet(`called calls described describes asked asks continued recalled
	shouted joked quipped dubbed termed labeled labelled branded wrote writes
	criticised criticized hailed slammed derided dismissed characterised
	characterized laughs laughed smiles smiled grins grinned sighs sighed shrugs
	shrugged jokes quips recalls muses mused found finding concluded concluding
	concludes reminded reminds remembered remembers`)

// MannerVerbs are verbs of speaking in a manner (WordNet 3.0's
// verb.communication, and the few a news attribution uses that WordNet
// files elsewhere: chuckled, fumed, sneered, sobbed) that put a speaker
// after or before a direct quotation: "“…,” he grumbled", "“…,” whispered
// Ann Lee". Past forms, and the present forms that are rarely a plural
// noun (not "whispers", "offers", "protests"). Not the verbs whose other
// sense is common in news ("agreed to cut", "answered with duties", "the
// cable snapped", "prices reflected", "votes recounted"): quotes reads a
// speech verb outside quotation marks too, and with them the citation
// gate fell on heldout (own words kept 0.837 -> 0.816). A set of their
// own, read only by quotation attribution, so that what else reads
// FrameVerbs (the answer package's) is unchanged.
var MannerVerbs = newSet(`boasted boasts bragged brags grumbled grumbles muttered mutters whispered
	exclaimed exclaims murmured murmurs mumbled mumbles retorted retorts objected
	pleaded pleads lamented laments scoffed scoffs yelled screamed shrieked
	bellowed growled hissed groaned moaned whined griped gushed gushes raved
	marvelled marveled marvels enthused enthuses confided confides interjected
	stammered stuttered drawled sneered fumed chuckled chuckles sobbed teased
	begged wondered wonders concurred`)

// Households are nouns for a family that speaks as one: "the Marsh
// family said", "a statement on behalf of her parents".
var Households = newSet(`family parents relatives household`)

// Copulas link a quotation to a clause that says whose words it was:
// "“Disgraceful” was how one diner described it".
var Copulas = newSet(`is was are were`)

// CallFor are the forms of the one two-word speech verb: "called for".
var CallFor = newSet(`called calls call`)

// Auxiliaries and adverbs may stand between a subject and its speech verb.
var Auxiliaries = newSet(`has have had also again previously repeatedly later then long
	once did does do will would could can may might should must recently publicly
	quickly earlier further separately only reportedly privately already still often
	first subsequently immediately openly frequently consistently initially directly
	explicitly flatly firmly sharply strongly angrily bluntly briefly clearly simply
	just even always sometimes loudly quietly formally twice`)

// Negations make a sentence say that something was not said.
var Negations = newSet(`not never didn't didn’t doesn't doesn’t hasn't hasn’t haven't haven’t n't`)

// AskVerbs are the verbs a question uses to ask what someone said rather
// than about what ("what did Witkoff say"). They carry no topic. Nouns that
// double as verbs ("statement", "comment", "response") are not here: they
// are often the topic.
const AskVerbs = `say says said saying tell tells told telling think thinks thought
	argue argues argued claim claims claimed`

// AskWords are AskVerbs and the words that ask for someone's words as a
// whole ("quote", "comment"): what is left of a question without them is
// its topic.
const AskWords = AskVerbs + ` comment comments quote quotes quoted mention mentioned`

// ReportingPhrases introduce a source after the words it is the source of:
// "… according to Mehta", "the company said in a statement".
var ReportingPhrases = []string{"according to", "said in a statement", "put it", "told reporters"}

// QuestionWords shape a question without being its topic: "how many",
// "how long", "what happened", "get" and "take" as light verbs, "take
// place", and the qualifiers "new" and "latest".
const QuestionWords = `many much long far high tall deep big large old often soon get gets got
	getting take takes took taking make makes made do does did happen happens happened
	kind sort type way thing things place new latest current recent along`

var askVerbs = newSet(AskWords)

// AskVerb reports whether a lower-case word is one of AskWords.
func AskVerb(w string) bool { return askVerbs.Has(w) }

// StatementNouns are the written or recorded forms a source speaks through:
// "a statement from Varga Bank said", "a letter by the governors".
var StatementNouns = newSet(`statement statements letter post email memo note release filing
	tweet message video blog report transcript conclusion conclusions findings`)

// ChannelNouns are what a person or body posts through, so that what
// "Dunmore's official account posted:" is Dunmore's words.
var ChannelNouns = newSet(`account accounts feed feeds page pages handle channel website site
	profile timeline`)

// AuthorVerbs name who wrote a document when "by" follows: "a memo signed
// by the chief executive", "an email sent by Lind". Not "read by" or
// "seen by": a reader or a recipient speaks for no one.
var AuthorVerbs = newSet(`signed written sent issued penned drafted authored posted released
	co-signed cosigned`)

// AnswerVerbs are the forms of the verbs that say who takes a question at
// a press conference or in an interview: "Lindgren answered most of the
// questions", "a question on the budget, taken by the deputy mayor",
// "Novak fielded one on injuries".
var AnswerVerbs = newSet(`answer answers answered answering field fields fielded fielding
	take takes took taken taking handle handles handled handling tackle tackles tackled
	tackling`)

// WriteVerbs say that a subject wrote something the article may read out
// later: "Quinn wrote an essay for the newsletter … It reads:".
var WriteVerbs = newSet(`wrote writes written penned pens published publishes posted posts drafted
	authored composed`)

// ReadVerbs say what a written text says when it is read out: "It reads,
// in part:", "The column ends:", "Her letter goes on:".
var ReadVerbs = newSet(`reads read says said begins began opens opened ends ended closes
	closed continues continued goes went concludes concluded runs ran`)

// QuestionVerbs report a question put to someone in the writer's words: "Brooks
// asked Reyes when …", "pressed him on …".
var QuestionVerbs = newSet(`asked pressed questioned quizzed challenged`)
