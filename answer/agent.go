package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// Who did it, when the article says only that it was done. "Who shut the
// valve?" asks for the doer; "the valve had been shut before the fire"
// states the deed in the passive and names no one, so a name elsewhere in
// the sentence ("the panel was told") is not the answer. A by-phrase
// ("shut by the night foreman") or the verb in the active ("the foreman
// shut it") gives the doer.

// subjectWhoQ is a question whose "who" is the doer: "Who shut the
// valve?", "Who closed the road in 2019?"; its second word is the verb.
var subjectWhoQ = regexp.MustCompile(`(?i)^\s*who\s+(\p{L}+)\b`)

// passiveAux are the words before a participle that make it passive.
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "being": true, "be": true, "is": true, "are": true, "got": true, "get": true, "gets": true, "getting": true}

// agentless reports whether the sentence states the question's deed only
// in the passive without its doer: every use of the asked verb follows a
// form of "be" or "get" (adverbs between) and has no "by" in the few words
// after it. It is false when the sentence does not use the verb at all
// (the verb's absence is weighed elsewhere) or the question's "who" is not
// its subject.
func agentless(q, sentence string) bool {
	none, _ := passiveDeed(q, sentence)
	return none
}

// doneBy reports whether the sentence gives the doer of the question's
// deed in a by-phrase ("was replaced by the operator's own mechanics"),
// which answers "Who replaced it?" though the doer has no name.
func doneBy(q, sentence string) bool {
	_, by := passiveDeed(q, sentence)
	return by
}

// passiveDeed reads the uses of a subject-who question's verb in a
// sentence: none says every use is a passive without a doer, by that one
// is a passive with a by-phrase.
func passiveDeed(q, sentence string) (none, by bool) {
	m := subjectWhoQ.FindStringSubmatch(whPhrase(q))
	if m == nil || questionAux[strings.ToLower(m[1])] {
		return false, false
	}
	verb := verbTerms(m[1])
	toks := strings.Fields(sentence)
	used, active := false, false
	for i, tok := range toks {
		ts := retrieval.Terms(trimWord(tok))
		if len(ts) != 1 || !verb[ts[0]] {
			continue
		}
		used = true
		switch {
		case !passiveBefore(toks, i):
			active = true
		case byAfter(toks, i):
			by = true
		}
	}
	return used && !active && !by, by
}

// verbTerms are the search terms of a verb's forms: "shut", "closed" →
// "close", "took" → "take" and "taken".
func verbTerms(w string) map[string]bool {
	out := map[string]bool{}
	forms := append([]string{w}, lexicon.BaseForms(strings.ToLower(w))...)
	for _, b := range slices.Clone(forms) {
		forms = append(forms, lexicon.Forms(b)...)
	}
	for _, f := range forms {
		for _, t := range retrieval.Terms(f) {
			out[t] = true
		}
	}
	return out
}

// passiveBefore reports whether a form of "be" or "get" stands before
// token i, past up to two adverbs or negations ("had already been closed",
// "was not replaced").
func passiveBefore(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := strings.ToLower(trimWord(toks[k]))
		if passiveAux[w] {
			return true
		}
		if !strings.HasSuffix(w, "ly") && !lexicon.Negations.Has(w) && w != "already" && w != "also" && w != "since" {
			return false
		}
		if strings.HasSuffix(toks[k], ",") {
			return false
		}
	}
	return false
}

// byAfter reports whether "by" opens a phrase within the few words after
// token i: the passive's doer ("was closed by the council", "shut
// manually by a crew member").
func byAfter(toks []string, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if strings.EqualFold(trimWord(toks[k]), "by") {
			return true
		}
		if strings.HasSuffix(toks[k], ",") || strings.HasSuffix(toks[k], ".") {
			return false
		}
	}
	return false
}
