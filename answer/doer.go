package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// Who did it, when the sentence gives the doer no name. "Who spotted the
// dinghy?" asks for the doer; "a ferry passenger had reported spotting a
// dinghy" and "Divers have recovered the hull" give only a common noun for
// it, so a name elsewhere in the sentence (whoever says so, a place) is
// not the answer. A name before the verb, a pronoun (someone named
// before), an apposition ("Ana Ruiz, the skipper's niece, spotted it") or a
// by-phrase gives the doer; a passive without one is agentless (agent.go).

// doerQ is a question whose "who" or "which N" is its verb's subject:
// "Who spotted …?", "Which divers recovered …?".
var doerQ = regexp.MustCompile(`(?i)^\s*(?:who|which\s+\p{L}+)\s+(\p{L}+)\b`)

// unnamedDoer reports whether every active use of the question's verb in
// the sentence has a common noun for its subject: a lower-case word, or a
// noun opening the sentence or a quotation ("Divers have …"). Auxiliaries,
// adverbs and one verb of report between them are passed over ("a
// passenger had reported spotting"). False when the sentence does not use
// the verb in the active.
func unnamedDoer(q, sentence string) bool {
	m := doerQ.FindStringSubmatch(whPhrase(q))
	if m == nil || questionAux[strings.ToLower(m[1])] {
		return false
	}
	verb := verbTerms(m[1])
	toks := strings.Fields(sentence)
	used := false
	for i, tok := range toks {
		ts := retrieval.Terms(trimWord(tok))
		if len(ts) != 1 || !verb[ts[0]] || passiveBefore(toks, i) || byAfter(toks, i) || nounUse(toks, i, m[1]) {
			continue
		}
		used = true
		k := subjectBefore(toks, i)
		if k < 0 || strings.HasSuffix(toks[k], ",") {
			return false // an apposition's end: "Ana Ruiz, her niece, spotted"
		}
		raw := trimWord(toks[k])
		w := strings.ToLower(raw)
		if raw == "" || lexicon.FunctionWords.Has(w) {
			return false // a pronoun or a clause word: someone named before
		}
		opens := k == 0 || strings.ContainsAny(toks[k][:1], "\"“‘'") || strings.HasSuffix(toks[k-1], ".")
		if raw != w && !(opens && commonNoun(w)) {
			return false // a name
		}
	}
	return used
}

// nounUse reports whether token i, a form of the question's verb q, is a
// noun here: after a determiner or a possessive ("the study's lead"), or a
// determiner and an adjective ("a separate interview"), or in its base form
// when that word is mostly a noun.
func nounUse(toks []string, i int, q string) bool {
	before := func(k int) string { return strings.ToLower(trimWord(toks[k])) }
	if i > 0 && (determiners[before(i-1)] || strings.HasSuffix(toks[i-1], "’s") || strings.HasSuffix(toks[i-1], "'s")) {
		return true
	}
	if i > 1 && determiners[before(i-2)] && !strings.HasSuffix(toks[i-1], "s") {
		return true
	}
	w := strings.ToLower(trimWord(toks[i]))
	return w == strings.ToLower(q) && !slices.ContainsFunc(append([]string{w}, lexicon.BaseForms(w)...), lexicon.MostlyVerb)
}

// subjectBefore returns the index of the word before verb token i past
// auxiliaries, adverbs, negations and one past participle of a verb of
// report ("had reported seeing"), or -1.
func subjectBefore(toks []string, i int) int {
	skipped := false
	for k := i - 1; k >= 0; k-- {
		w := strings.ToLower(trimWord(toks[k]))
		if strings.HasSuffix(toks[k], ",") {
			return k
		}
		switch {
		case questionAux[w] || strings.HasSuffix(w, "ly") || lexicon.Negations.Has(w):
		case !skipped && strings.HasSuffix(w, "ed"):
			skipped = true
		default:
			return k
		}
	}
	return -1
}

// commonNoun reports whether a lower-case word, or its singular, is a
// common noun or a role: "divers", "engineers".
func commonNoun(w string) bool {
	one := strings.TrimSuffix(w, "s")
	return lexicon.IsRole(w) || lexicon.IsRole(one) || lexicon.Noun(w).Noun || lexicon.Noun(one).Noun
}
