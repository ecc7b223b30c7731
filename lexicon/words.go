package lexicon

import "strings"

// The words below are never names, or mark where names and titles begin and
// end: the quotation index reads them to find people and organisations.

// OrgHeads end an organisation's name and need a name before them
// ("White House", "Port Authority").
var OrgHeads = newSet(`Systems Industries Securities Holdings Partners Technologies Labs
	Laboratories Motors Capital Enterprises Pharmaceuticals Therapeutics Foods Brands
	Airways Logistics Media Studios Solutions Software Networks Insurance Resources
	Mining Steel Petroleum Ventures Investments Automotive Electronics Robotics
	House Authority Commission Ministry Department Council Committee
	Agency University College School Institute Center Centre Fund Foundation Bank
	Party Parliament Congress Senate Assembly Court Office Bureau Administration
	Company Corporation Corp Inc Group Association Union Organization Organisation
	News Times Post Journal Press Network Service Board Police Army Navy Guard
	Command Church Hospital Club Society Federation League Alliance Coalition Trust
	Institution Academy Laboratory Museum Library Reserve Exchange Tribunal
	Secretariat Cabinet Government Directorate Ltd LLC LLP Plc Airlines Broadcasting Agency
	Forum Programme Program Observatory Watch Council Ministry Mission Homes Polytechnic
	Athletic Athletics United Rovers Wanderers Rangers Albion FC AFC Panel Theatre Theater
	Orchestra Philharmonic Gallery Festival Choir Ensemble`)

// CommercialHeads are the OrgHeads that end a business's name: a body
// named by them, or by no head at all ("Valley Gas and Heat"), is a
// company, so "the company" and "the firm" may find it.
var CommercialHeads = newSet(`Systems Industries Securities Holdings Partners Technologies Labs
	Laboratories Motors Capital Enterprises Pharmaceuticals Therapeutics Foods Brands
	Airways Logistics Media Studios Solutions Software Networks Insurance Resources
	Mining Steel Petroleum Ventures Investments Automotive Electronics Robotics
	Company Corporation Corp Inc Ltd LLC LLP Plc Airlines Homes Group`)

// LegalSuffixes end a company's registered name and are left out when the
// article also writes the name without them: "Corvell Glazing Ltd" is
// Corvell Glazing. Some are written in lower case after the name
// (Quebec's "inc.", Iceland's "hf.").
var LegalSuffixes = newSet(`Ltd Ltd. Limited Inc Inc. LLC LLP plc PLC Plc Corp Corp. AG SA GmbH NV BV Pty Bhd
	S.A. SpA S.p.A. Srl S.r.l. Oy Oyj ASA Tbk inc inc. ltd ltd. hf hf. ehf ehf.`)

// LegalPrefixes open a company's registered name in some countries'
// usage: Indonesia's "PT" (perseroan terbatas) and "CV", the Russian and
// Central Asian joint-stock and limited forms ("PJSC Kestrel Energy").
// Before a capitalised name they mark a company, never a person's title.
var LegalPrefixes = newSet(`PT CV PJSC OJSC JSC OAO OOO ZAO PAO`)

// legalForms holds LegalSuffixes and LegalPrefixes in lower case without
// their stops, for LegalForm.
var legalForms = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []Set{LegalSuffixes, LegalPrefixes} {
		for w := range s.m {
			m[strings.ToLower(strings.ReplaceAll(w, ".", ""))] = true
		}
	}
	return m
}()

// LegalForm reports whether w, in any case and with or without its
// stops, is a company's legal form written before or after its name:
// "SA", "inc.", "pt".
func LegalForm(w string) bool { return legalForms[strings.ToLower(strings.ReplaceAll(w, ".", ""))] }

// ClubHeads end the names of sports clubs, which go by them alone:
// "Rovers" for Bramsworth Rovers, "Town" for Colby Town, "United" for
// Harwick United. City and County are left out: they end the names of
// places and councils ("Carrow County", "Kansas City") more often than
// clubs, and no eval set moved with them in.
var ClubHeads = newSet(`Rovers United Athletic Wanderers Rangers Albion Harriers Hotspur Villa
	Celtic Dynamo Olympic Academicals Town Thistle`)

// GoverningBodies are the lower-case nouns for the body that decides for
// an organisation: "the Pellworth County School District board voted" is the
// district acting, "the Rovers academy" only a part of the club.
var GoverningBodies = newSet(`board committee council trustees executive`)

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

// calendarNames are the months and days of the week, in lower case, whose
// shortened forms CalendarWord reads.
var calendarNames = strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december`)

// CalendarWord reports whether w, in any case and with a full stop after
// it or not, is a month or a day of the week or their abbreviation of
// three letters or more: "Nov", "Sept.", "Sun", "Tues".
func CalendarWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if len(w) < 3 {
		return false
	}
	for _, n := range calendarNames {
		if strings.HasPrefix(n, w) {
			return true
		}
	}
	return false
}

// Prepositions before a name show it is not the subject ("officials in Kyiv").
var Prepositions = newSet(`in at from of with for by to on about against between among
	near over under into after before during than like including via toward towards
	across around inside outside behind beyond within without upon onto per amid
	despite through throughout`)

// WorkWords follow the title of a show or work: “Hannity” program.
var WorkWords = newSet(`program programme show series podcast film movie documentary book
	novel memoir song album play musical newsletter column segment episode broadcast
	special magazine newspaper exhibition report poem opera sitcom drama
	programs programmes shows films movies books songs paper study article essay thesis`)

// NamingNouns introduce words that are a name or a label, not anyone's
// speech: the slogan “Comfort that thinks ahead”, his nickname ‘the Duke’.
var NamingNouns = newSet(`slogan slogans motto mottos tagline catchphrase nickname moniker
	hashtag headline caption banner watchword strapline line sentence lyric lyrics refrain chorus
	verse inscription epigraph`)

// DisplayNouns are things whose words are read, not said: "a sign on the
// gate read “…”" quotes nobody.
var DisplayNouns = newSet(`sign signs placard placards banner banners poster posters notice notices
	plaque graffiti billboard t-shirt t-shirts shirt shirts sticker stickers`)

// SungVerbs give words sung or chanted together, a song's or a slogan's,
// not anyone's quotation: "the crowd sang “…”", "chanting “…”".
var SungVerbs = newSet(`sang sing sings singing chanted chant chants chanting`)

// NamingVerbs give something a name: "calls the menu “Brine”", "dubbed
// the plan “Phoenix”".
var NamingVerbs = newSet(`call calls called dub dubs dubbed name names named nickname nicknamed`)

// PlaceOffices are roles that govern or represent a place, so that the name
// before them is a place, not a team or a firm: "Texas governor", "Leeds
// MP".
var PlaceOffices = newSet(`president governor mayor premier minister senator chancellor
	ambassador envoy councillor councilor councilmember congressman congresswoman
	representative assemblyman assemblywoman mp mep sheriff king queen prince princess
	consul prefect governor-general`)

// BeForms are the forms of "be": "was called", "is named".
var BeForms = newSet(`be is are was were been being`)

// TitleLead words introduce the title of a work: a report titled “X”.
var TitleLead = newSet(`titled entitled headlined named`)

// Conjunctions may open a sentence before its subject: "But a nurse said".
var Conjunctions = newSet(`and but yet so or nor`)

// Subordinators open a clause of time, reason or condition, which ends the
// noun phrase before it: "managed Rovers when they last reached the final".
var Subordinators = newSet(`when while whenever after before until because since although though
	whereas unless once`)

// TitleNouns, right before a quoted span, say that it is a name: published
// under the title “X”, with the subtitle “Y”.
var TitleNouns = newSet(`title subtitle`)

// SmallWords may be lower case inside a title: “The Lord of the Rings”.
var SmallWords = newSet(`a an the of and or in on at to for with by from de la vs nor but as`)

// Abbreviations keep their period as part of the word.
var Abbreviations = newSet(`jr sr st mt ft inc corp ltd co bros dept univ assn vs etc no`)

// FunctionWords are English function words and question words, folded to
// lower case. (Contractions never reach this list where text is tokenised
// as retrieval does it: "n't" words are dropped and the others keep their
// base, "they've" becoming "they".) They carry no topic.
var FunctionWords = newSet(`
		a about above after again against all also am an and any are as at
		be because been before being below between both but by
		can cannot could did do does doing down during each few for from further
		had has have having he her here hers herself him himself his how
		i if in into is it its itself just me more most my myself
		no nor not now of off on once only or other ought our ours ourselves out over own
		same she should so some such than that the their theirs them themselves then there
		these they this those through to too under until up upon very
		was we were what when where which while who whom whose why will with would
		us you your yours yourself yourselves
		whether whatever whoever whichever however
		may might must shall yet ever
		s t d ll m re ve
	`)

// PreverbAdverbs stand between a question's subject and its verb without
// being part of the subject: "When was the crack first recorded?", "When
// will the rules finally apply?".
var PreverbAdverbs = newSet(`first last still already ever never again once also just now finally
	recently originally initially actually really even only soon`)

// PlaceHeads end the names of places: "Calder Avenue", "Gulf of Ister".
var PlaceHeads = newSet(`Street St Avenue Ave Road Rd Boulevard Lane Drive Way Square Place
	Park Bridge River Lake Sea Ocean Bay Gulf Strait Island Islands Mountain Mountains
	Mount Valley Hill Hills Coast Beach Harbor Harbour Port Airport Station County
	Province State States Region District City Town Village Peninsula Desert Forest
	Canal Creek Falls Heights Springs Kingdom Republic Federation Emirates Territory
	Stadium Arena Ground Field Hall Centre Center Building Tower Plaza Market`)

// PlacePrepositions put a place after them: "in New Carrow", "from Oskova".
var PlacePrepositions = newSet(`in at from near to across toward towards into outside inside via through`)

// LabelLead words put a label, not anyone's speech, in the quotation marks
// right after them: pupils nicknamed the room “the cooler”, the square,
// known as “the Pit”.
var LabelLead = newSet(`nicknamed nicknames nickname renamed christened rebranded`)

// Quantifiers count a plural group of sources: "three nurses on the night
// shift said", "several officials said".
var Quantifiers = newSet(`two three four five six seven eight nine ten several some many few both various`)

// IrregularPlurals are the plurals of nouns for people that no suffix
// rule makes singular.
var IrregularPlurals = map[string]string{"people": "person", "men": "man", "women": "woman", "children": "child"}

// Meridiems are the marks after a time of day: "10.05 am", "3:40 p.m.".
var Meridiems = newSet(`am pm a.m. p.m.`)
