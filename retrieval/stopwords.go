package retrieval

import (
	"articlebot/lexicon"
)

// stopWords are lexicon.FunctionWords, copied into a map the tokeniser can
// index with a byte slice without allocating. They carry no topic, so they
// are neither indexed nor embedded. Reporting verbs ("said") are not here:
// Search drops them only where it judges whether a question has a topic
// beyond its speaker.
var stopWords = map[string]struct{}{}

func init() {
	for _, w := range lexicon.FunctionWords.Words() {
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
