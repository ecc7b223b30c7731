package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// A deed given to another body named by a common noun: "Police offered a
// reward" cited to "a local shop has offered a reward", "the museum will
// pay" to "the government would pay". deedSwapped (deed_swap.go) reads
// only names of people as doers; here the claim's subject is a common
// noun ("police", "the museum") and the window's every active use of the
// claim's verb has another common noun for its subject. The claim's noun
// must be a word the article uses elsewhere (another actor of the story):
// an own-words claim that only renames the doer ("the squad" for "the
// players", "the firm" for "the company") uses a word the article lacks
// and is left alone. Measured alone (TestSupportErrorRates): claims
// accepted blind2 and blind15 one fewer each; own-words rejected and
// wrong neighbours accepted unchanged in every group.

// claimNounDoer returns the head noun of a claim that opens with a
// common-noun subject (an optional determiner and up to three lower-case
// words, or one capitalised opening word the article writes in lower
// case: "Police offered") and the verb after it past auxiliaries, or "".
func claimNounDoer(text string, lower map[string]bool) (head, verb string) {
	toks := strings.Fields(text)
	i := 0
	if i < len(toks) && determiners[strings.ToLower(trimWord(toks[0]))] {
		i++
	}
	start := i
	for ; i < len(toks) && i-start < 3; i++ {
		t := toks[i]
		w := strings.ToLower(trimWord(t))
		if w == "" || strings.ContainsAny(t, ",;:’'\"“”") || lexicon.FunctionWords.Has(w) || lexicon.Auxiliaries.Has(w) || w == "will" || w == "would" {
			break
		}
		if upperToken(t) && !(i == 0 && lower[w]) {
			return "", "" // a name: deed_swap.go's part
		}
		if i > start && slices.ContainsFunc(append([]string{w}, lexicon.BaseForms(w)...), lexicon.MostlyVerb) && !commonNoun(w) {
			break
		}
		if i > start && (strings.HasSuffix(w, "ed") || lexicon.MostlyVerb(w)) && !lexicon.Noun(w).Noun {
			break
		}
		head = w
	}
	if head == "" || !commonNoun(head) {
		return "", ""
	}
	for ; i < len(toks) && (lexicon.Auxiliaries.Has(toks[i]) || toks[i] == "will" || toks[i] == "would"); i++ {
	}
	if i >= len(toks) || passiveBefore(toks, i) {
		return "", ""
	}
	w := strings.ToLower(trimWord(toks[i]))
	if w == "" || w == head || upperToken(toks[i]) || !slices.ContainsFunc(append([]string{w}, lexicon.BaseForms(w)...), lexicon.MostlyVerb) {
		return "", ""
	}
	return head, w
}

// nounDeedSwapped reports whether the window gives the claim's deed to
// another body named by a common noun (see the comment above claimNounDoer).
// The claim's noun after the verb in the same sentence decides nothing.
func (e *Engine) nounDeedSwapped(c *claimInfo, window []int) bool {
	ix := e.evidence.get(e.art, e.quotes)
	head, verb := claimNounDoer(c.text, ix.lower)
	if head == "" || !ix.words[head] {
		return false
	}
	same := func(w string) bool {
		return w == head || slices.Equal(retrieval.Terms(w), retrieval.Terms(head))
	}
	other := false
	all := e.activeUses(window, verb, func(toks []string, i, k int) bool {
		if k < 0 || strings.HasSuffix(toks[k], ",") || strings.ContainsAny(toks[k], "\"”’'") {
			return false // an apposition, no subject or a quotation before the
			// verb ("… birds,” said the artist's daughter): may be the claim's doer
		}
		raw := trimWord(toks[k])
		sw := strings.ToLower(raw)
		opens := k == 0 || strings.HasSuffix(toks[k-1], ".")
		if sw == "" || lexicon.FunctionWords.Has(sw) || same(sw) || !commonNoun(sw) || (raw != sw && !opens) {
			return false // a pronoun, a name, the claim's noun: may be the doer
		}
		if slices.ContainsFunc(toks[i+1:], func(t string) bool { return same(strings.ToLower(trimWord(t))) }) {
			return false // "… open on weekdays, and the main library on Fridays": a gapped clause may give the claim's doer the verb
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if same(strings.ToLower(trimWord(toks[j]))) {
				return false // "the museum's board": the claim's body in the subject
			}
		}
		other = true
		return true
	})
	return all && other
}
