package retrieval

import (
	"strings"

	"articlebot/lexicon"
)

// stopWords are English function words and question words. (Contractions
// never reach this list: the tokeniser drops "n't" words and keeps the base
// of the others, "they've" becoming "they".) They carry no topic, so they are neither indexed nor embedded. Reporting verbs ("said")
// are not here: Search drops them only where it judges whether a question
// has a topic beyond its speaker.
var stopWords = map[string]struct{}{}

func init() {
	for _, w := range strings.Fields(`
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
	`) {
		stopWords[w] = struct{}{}
	}
}

// speechVerbs ask what someone said rather than about what ("what did
// Witkoff say"). News text uses them everywhere, yet a handful of chunks
// with "says" would otherwise win a question on the rare term "say". Search
// leaves them out of keyword scoring, Coverage and the speaker rule's topic
// whenever the question has other terms. Nouns that double as verbs
// ("statement", "comment", "response") are not here: they are often the
// topic.
var speechVerbs = map[string]struct{}{}

func init() {
	for _, w := range Terms(lexicon.AskVerbs) {
		speechVerbs[w] = struct{}{}
	}
}
