// What a negative claim denies: "the line did not trip" denies "trip", and
// a passage that says only that the line tripped states the opposite,
// though another of its sentences negates something ("investigators have
// not named a cause").

package answer

import (
	"regexp"
	"strings"

	"articlebot/retrieval"
)

// auxiliaries are the verbs a "not" that denies the main verb follows:
// "did not trip", "could not resume", "has not paid".
var auxiliaries = map[string]bool{
	"do": true, "does": true, "did": true, "has": true, "have": true, "had": true, "is": true, "are": true,
	"was": true, "were": true, "will": true, "would": true, "can": true, "could": true, "should": true,
	"may": true, "might": true, "must": true,
}

// notAfterAux matches a "not" that follows an auxiliary, in one word or
// two: "did not", "didn't", "cannot".
var notAfterAux = regexp.MustCompile(`(?i)^(?:(\p{L}+)n[’']t|cannot|can[’']t|won[’']t)$`)

// negatedVerb returns the index among the claim's terms of the verb that
// an auxiliary's "not" denies, the word right after it ("trip" in "the
// line did not trip on Sunday", "resum" in "talks could not resume"), or
// -1. A "no", "never", "without" or "refused", and a "not" after no
// auxiliary, are left to the other checks: read as denials of the next
// word they caught 2 more invented sentences (blind6, blind10) and
// rejected 3 more own-words sentences (blind3, blind5, blind9).
func negatedVerb(c *claimInfo) int {
	if !c.negated {
		return -1
	}
	fields := strings.Fields(c.text)
	for k := 0; k+1 < len(fields); k++ {
		w := strings.ToLower(fields[k])
		denies := notAfterAux.MatchString(w) || w == "not" && k > 0 && auxiliaries[strings.ToLower(fields[k-1])]
		if !denies || endsClause(fields[k]) {
			continue
		}
		if ts := retrieval.Terms(fields[k+1]); len(ts) == 1 {
			return indexOf(c.terms, ts[0])
		}
		return -1
	}
	return -1
}

// deniedStated reports whether the window states the verb a negative
// claim denies only in sentences that negate nothing ("one of its lines
// tripped at 2:27" for "the line did not trip"). A sentence with any
// negation may deny the verb itself, however far off ("we cannot run a
// ship in and sail out empty"), so it keeps the claim.
func (e *Engine) deniedStated(c *claimInfo, window []int) bool {
	if c.negVerb < 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	bit := uint64(1) << c.negVerb
	plain := false
	for _, id := range window {
		s := ix.sents[id]
		if c.matched(id, s.terms)&bit == 0 {
			continue
		}
		if s.negated {
			return false
		}
		plain = true
	}
	return plain
}
