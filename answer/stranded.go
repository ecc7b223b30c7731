package answer

import (
	"regexp"
	"strings"

	"articlebot/retrieval"
)

// A stranded "of" or "from" asks for what follows the verb: "What did
// the poet die from?" asks for a cause, "What does he suffer from?" for an
// illness, "What is the paint made from?" for a material. A sentence that
// uses the verb without it ("he died last March", "who died on Sunday")
// states the event but not what the question asks.

// strandedQ is a what-question ending in "of" or "from".
var strandedQ = regexp.MustCompile(`(?i)^\s*what\s+(?:did|does|do|has|have|had|was|were|is|are|will|would)\b.*\s(of|from)\s*\?*\s*$`)

// causeAfter are the words after a verb that give its cause or source, for
// a question's stranded "of" or "from": "died of", "died from", "died
// after a long illness", "died following a fall".
var causeAfter = map[string]bool{"of": true, "from": true, "after": true, "following": true}

// strandedMissing reports whether the sentence uses the question's verb
// but never with what its stranded "of" or "from" asks for. It is false
// when the question has no such preposition or the sentence does not use
// the verb (whose absence is weighed elsewhere).
func strandedMissing(q, sentence string) bool {
	if !strandedQ.MatchString(whPhrase(q)) {
		return false
	}
	verb := questionVerb(q)
	if verb == "" {
		return false
	}
	forms := verbTerms(verb)
	toks := strings.Fields(sentence)
	used := false
	for i, tok := range toks {
		if ts := retrieval.Terms(trimWord(tok)); len(ts) != 1 || !forms[ts[0]] {
			continue
		}
		used = true
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if causeAfter[strings.ToLower(trimWord(toks[k]))] {
				return false
			}
			if strings.ContainsAny(toks[k-1], ",;.") {
				break
			}
		}
	}
	return used
}
