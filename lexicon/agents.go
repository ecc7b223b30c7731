package lexicon

import (
	_ "embed"
	"sort"
	"sync"
)

// agentTable maps forms of verbs to the nouns for the one who does them
// ("sells seller", "taught teacher"), sorted, generated from WordNet by
// internal/genagents (see there for which forms and nouns; WordNet's
// licence is WORDNET-LICENSE).
//
//go:embed agents.txt.gz
var agentTable []byte

var (
	agents     thesaurus
	agentsOnce sync.Once
)

// agentTableSize is about the unpacked size of the table (67,454 bytes).
const agentTableSize = 68_000

// AgentNoun returns the noun for someone who does what the lower-case verb
// form says, when WordNet derives one from the verb: "sells" gives
// "seller", "has taught" ("taught") "teacher", "bakes" "baker". It returns
// "" for other words and for verbs of knowing, feeling, perceiving or
// being ("knows", "loves").
func AgentNoun(form string) string {
	if Auxiliaries.Has(form) {
		return ""
	}
	agentsOnce.Do(func() { agents = unpackTable(agentTable, agentTableSize, 3900) })
	k := sort.Search(len(agents.lines), func(k int) bool { return string(word(agents.line(k))) >= form })
	if k == len(agents.lines) {
		return ""
	}
	l := agents.line(k)
	if string(word(l)) != form {
		return ""
	}
	return string(l[len(form)+1:])
}
