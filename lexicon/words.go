package lexicon

// The words below are never names, or mark where names and titles begin and
// end: the quotation index reads them to find people and organisations.

// OrgHeads end an organisation's name and need a name before them
// ("White House", "Port Authority").
var OrgHeads = newSet(`House Authority Commission Ministry Department Council Committee
	Agency University College School Institute Center Centre Fund Foundation Bank
	Party Parliament Congress Senate Assembly Court Office Bureau Administration
	Company Corporation Corp Inc Group Association Union Organization Organisation
	News Times Post Journal Press Network Service Board Police Army Navy Guard
	Command Church Hospital Club Society Federation League Alliance Coalition Trust
	Institution Academy Laboratory Museum Library Reserve Exchange Tribunal
	Secretariat Cabinet Government Directorate Ltd LLC Airlines Broadcasting Agency
	Forum Programme Program Observatory Watch Council Ministry Mission`)

// OrgWords are organisations named by one word.
var OrgWords = newSet(`Kremlin Pentagon Vatican Bundestag Knesset Duma Elysee Élysée Politburo Interpol Europol`)

// NotAcronyms are capitalised short words that are not organisations.
var NotAcronyms = newSet(`I A OK TV AM PM US UK USA CEO II III IV AI ID`)

// Connectors may join the words of an organisation's name.
var Connectors = newSet(`of for and & on`)

// SentenceStarters are capitalised words that start a sentence or a run of
// capitals without being part of a name.
var SentenceStarters = newSet(`The A An This That These Those In On At For From With By To Of
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

// Temporal words are capitalised but name no one.
var Temporal = newSet(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
	February March April May June July August September October November December
	Christmas Easter`)

// Prepositions before a name show it is not the subject ("officials in Kyiv").
var Prepositions = newSet(`in at from of with for by to on about against between among
	near over under into after before during than like including via toward towards
	across around inside outside behind beyond within without upon onto per amid
	despite through throughout`)

// WorkWords follow the title of a show or work: “Hannity” program.
var WorkWords = newSet(`program programme show series podcast film movie documentary book
	novel memoir song album play musical newsletter column segment episode broadcast
	special magazine newspaper exhibition report poem opera sitcom drama
	programs programmes shows films movies books songs`)

// TitleLead words introduce the title of a work: a report titled “X”.
var TitleLead = newSet(`titled entitled headlined named`)

// SmallWords may be lower case inside a title: “The Lord of the Rings”.
var SmallWords = newSet(`a an the of and or in on at to for with by from de la vs nor but as`)

// Abbreviations keep their period as part of the word.
var Abbreviations = newSet(`jr sr st mt ft inc corp ltd co bros dept univ assn vs etc no`)
