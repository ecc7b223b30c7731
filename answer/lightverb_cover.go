// Light-verb constructions: a claim that says "made a decision" of a
// passage's "decided", or "carried out an inspection" of its "inspected".

package answer

import (
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// lightNounReach is how many words after a light verb its action noun may
// stand ("made a firm decision": the third).
const lightNounReach = 3

// lightVerbMatches lets a light verb of the claim ("made", "took",
// "gave", "carried out", "put forward") be matched wherever the action
// noun it governs is: "made a decision" says no more than "decided", so
// a passage that supports the noun in any form (the same stem, or by
// derivation the verb, see derivedMatches) supports the light verb too.
// The noun must be an action noun, one WordNet derives from a verb that
// is mostly a verb ("decision" from "decide"); "made a cake" keeps its
// verb. A negated noun ("made no decision") is left alone, and the noun
// is looked for only within the light verb's clause.
func (e *Engine) lightVerbMatches(c *claimInfo, text string) {
	fields := strings.Fields(text)
	words := make([]string, len(fields))
	for k, f := range fields {
		words[k] = strings.ToLower(strings.Trim(f, `.,;:!?()[]"“”‘’'`))
	}
	for k := 0; k < len(words); k++ {
		particle, ok := lexicon.LightVerb(words[k])
		if !ok {
			continue
		}
		verbs := []string{words[k]}
		next := k + 1
		if particle != "" {
			if endsClause(fields[k]) || next >= len(words) || words[next] != particle {
				continue
			}
			verbs = append(verbs, particle)
			next++
		}
		noun := ""
		for j := next; j < len(words) && j < next+lightNounReach && !endsClause(fields[j-1]); j++ {
			if w := words[j]; w == "no" || w == "not" || w == "never" {
				break
			}
			if actionNoun(words[j]) {
				noun = words[j]
				break
			}
		}
		if noun == "" {
			continue
		}
		nt := retrieval.Terms(noun)
		if len(nt) != 1 || indexOf(c.terms, nt[0]) < 0 {
			continue
		}
		var light uint64
		for _, v := range verbs {
			for _, t := range retrieval.Terms(v) {
				if i := indexOf(c.terms, t); i >= 0 && t != nt[0] {
					light |= 1 << i
				}
			}
		}
		if light == 0 {
			continue
		}
		bit := uint64(1) << indexOf(c.terms, nt[0])
		for _, m := range []map[string]uint64{c.matches, c.weak, c.weakNear} {
			for h, mask := range m {
				if mask&bit != 0 {
					m[h] = mask | light
				}
			}
		}
	}
}

// actionNoun reports whether a lower-case word is a noun of doing: one
// WordNet derives from a word that is mostly a verb ("decision" from
// "decide", "inspection" from "inspect"), and no verb itself. A word in
// -ing may be the verb's own participle or the thing made ("made the
// building safer"): it is left out, and so is a noun of the doer
// ("owner" from "own", "made the owner pay").
func actionNoun(w string) bool {
	if lexicon.VerbShare(w) > 0 || strings.HasSuffix(w, "ing") || doerNoun(w) {
		return false
	}
	for _, d := range lexicon.Derived(w) {
		if lexicon.MostlyVerb(d) {
			return true
		}
	}
	return false
}

// doerNoun reports whether a lower-case noun ends in a suffix of the
// one who does ("owner", "inspector", "trainee", "applicant").
func doerNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"er", "or", "ee", "ist", "ant"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
