// Phrasal verbs of a passage for one word of a claim: an article that
// says "turned down" states a claim's "refused", one that says "shut
// down" a claim's "closed".

package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// objectPronouns may stand between a phrasal verb and its particle
// ("turned it down").
var objectPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true}

// phrasalTerms returns the terms of the one-word equivalents of the
// phrasal verbs a sentence writes (lexicon.PhrasalVerb): a verb followed
// by its particle, or by an object pronoun and its particle, within one
// clause; full are the lexicon's own table's, weak WordNet's, which do not
// tell senses apart. Everyday words are left out of the equivalents as of
// a word's synonyms (see wordnetMatches), and so are the verb's own terms.
func phrasalTerms(text string) (full, weak []string) {
	fields := strings.Fields(text)
	words := make([]string, len(fields))
	for k, f := range fields {
		words[k] = strings.ToLower(strings.Trim(f, `.,;:!?()[]"“”‘’'`))
	}
	for k := 0; k+1 < len(words); k++ {
		if endsClause(fields[k]) {
			continue
		}
		p := k + 1
		if objectPronouns[words[p]] && p+1 < len(words) && !endsClause(fields[p]) {
			p++
		}
		own := retrieval.Terms(words[k])
		eq, fromWordNet := lexicon.PhrasalVerb(words[k], words[p])
		for _, w := range eq {
			if lexicon.CommonWords.Has(w) {
				continue
			}
			ts := retrieval.Terms(w)
			if len(ts) != 1 || slices.Contains(own, ts[0]) || slices.Contains(full, ts[0]) || slices.Contains(weak, ts[0]) {
				continue
			}
			if fromWordNet {
				weak = append(weak, ts[0])
			} else {
				full = append(full, ts[0])
			}
		}
	}
	return full, weak
}

// phrasalWindowMatches credits a claim's word in every sentence whose
// phrasal verb means it (see phrasalTerms): in full by the lexicon's
// table, which gives a phrasal verb's one sense, at wordnetCredit by
// WordNet's lemmas, which may be another sense's. At full credit
// WordNet's kept one more own-words sentence of blind16 and lost one of
// blind11 ("came back" read as "recalled" moved the claim's nearest
// paragraph), see TestSupportErrorRates.
func (e *Engine) phrasalWindowMatches(c *claimInfo) {
	ix := e.evidence.get(e.art, e.quotes)
	credit := func(heads *map[int]uint64, id int, terms []string) {
		for _, p := range terms {
			for i, t := range c.terms {
				if t != p && !slices.Contains(c.variants[i], p) {
					continue
				}
				if *heads == nil {
					*heads = map[int]uint64{}
				}
				(*heads)[id] |= 1 << i
			}
		}
	}
	for id := range ix.reads {
		credit(&c.heads, id, ix.reads[id].phrasal)
		credit(&c.weakHeads, id, ix.reads[id].weakPhrasal)
	}
}
