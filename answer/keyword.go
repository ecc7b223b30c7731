package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// The question's key words beyond its nouns: its main verb ("When will the
// plant OPEN?"), the noun a "which/what" question asks about ("Which cloud
// PROVIDER …?"), and its tense. A sentence that shares the question's
// nouns but lacks its verb, names the asked-for thing only as "a new
// cloud provider", or states as done what the question asks about the
// future, does not answer it. No part-of-speech tagger is at hand, so
// the verb is found by the shape of an English question: after the
// auxiliary and the subject, the last content word before the object's
// determiner, "to" or the end.

// determiners open a noun phrase: after the verb, they start its object.
var determiners = map[string]bool{}

// indefinites introduce something the sentence does not identify: "a
// large customer", "an outside firm", "four other bidders".
var indefinites = map[string]bool{}

// particles complete a phrasal verb ("pull back", "take on"): the verb is
// the word before.
var particles = map[string]bool{}

// verbAdverbs qualify a question's verb in time, after it: they are not
// the verb.
var verbAdverbs = map[string]bool{}

// typeNouns name the kind of answer, not the thing asked about: "what
// share", "which year".
var typeNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an its their his her our your my this that these those any every each some no all`) {
		determiners[w] = true
	}
	for _, w := range strings.Fields(`a an another other others some several unnamed unidentified undisclosed certain various many
		one two three four five six seven eight nine ten dozens`) {
		indefinites[w] = true
	}
	for _, w := range strings.Fields(`yet now next first again already still ever soon later today instead`) {
		verbAdverbs[w] = true
	}
	for _, w := range strings.Fields(`back up out off down away over through along forward apart aside together`) {
		particles[w] = true
	}
	for _, w := range strings.Fields(`share percentage proportion fraction number amount period time year years day days date month
		months kind sort type way part sum figure rate level result outcome margin score total size`) {
		typeNouns[w] = true
	}
}

// questionWords splits a question into lower-case words without
// punctuation.
func questionTokens(q string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(q)) {
		if w = strings.Trim(w, "?!.,;:\"“”'’()"); w != "" {
			out = append(out, auxOf(w))
		}
	}
	return out
}

// auxOf returns the auxiliary of a negative contraction ("can't" → "can",
// "won’t" → "will", "didn't" → "did"), else w: "Why can't walkers be
// spotted?" has an auxiliary like "Why can walkers be spotted?".
func auxOf(w string) string {
	base, ok := strings.CutSuffix(strings.ReplaceAll(w, "’", "'"), "n't")
	if !ok {
		return w
	}
	switch base {
	case "ca":
		return "can"
	case "wo":
		return "will"
	case "sha":
		return "shall"
	}
	if questionAux[base] {
		return base
	}
	return w
}

// askedNoun returns the noun a "which/what N" or "who is the N" question
// asks about ("provider" in "Which cloud provider did Dropkin move to?"),
// or "" when it asks for a kind of answer ("what share") or has none.
func askedNoun(q string) string {
	np := askedPhrase(q)
	if len(np) == 0 {
		return ""
	}
	return np[len(np)-1]
}

// askedPhrase returns the noun phrase a "which/what N" or "who is the N"
// question asks about, its head last ("cloud provider"), or nil.
func askedPhrase(q string) []string {
	ws := questionTokens(q)
	if len(ws) < 2 {
		return nil
	}
	var np []string
	switch {
	case ws[0] == "which" || ws[0] == "what" && !questionAux[ws[1]]:
		for _, w := range ws[1:] {
			if questionAux[w] {
				break
			}
			if lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) {
				if len(np) > 0 {
					np = np[:1] // "Which firm audited the …": no auxiliary, the noun comes first
				}
				break
			}
			if len(np) > 0 && pastForm(w) {
				// "Which board member voted against …": the verb ends
				// the noun phrase, whose head is the word before it.
				break
			}
			np = append(np, w)
		}
	case (ws[0] == "who" || ws[0] == "whom" || nameOfQ.MatchString(q)) && (ws[1] == "is" || ws[1] == "are" || ws[1] == "was" || ws[1] == "were"),
		ws[0] == "who" && len(ws) > 2 && questionAux[ws[1]] && (ws[2] == "be" || ws[2] == "been"):
		from := 2
		switch {
		case ws[0] == "what":
			from = 5 // "what is the name of the N"
		case ws[2] == "be" || ws[2] == "been":
			from = 3 // "Who will be the mediator?"
		}
		caps := capitalised(q)
		for k := from; k < len(ws); k++ {
			w := ws[k]
			if len(np) == 0 && (determiners[w] || indefinites[w]) {
				continue // "the four other bidders"
			}
			if progressive(w) && (k == from || len(np) > 0) {
				// "Who is paying for the dredging?" asks who does it,
				// not for a payer; "the geologist watching the slope":
				// the participle opens a clause about the noun.
				break
			}
			if lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) || questionAux[w] || lexicon.PreverbAdverbs.Has(w) {
				break // "the three hikers still unaccounted for"
			}
			if len(np) > 0 && k+1 < len(ws) && (pastForm(w) || k < len(caps) && caps[k] && !caps[k-1] && !lexicon.IsRole(w)) {
				// "the lending society Ruiz borrowed from": a name or
				// a verb after the noun opens a clause about it.
				break
			}
			np = append(np, w)
		}
	}
	if len(np) == 0 || typeNouns[np[len(np)-1]] {
		return nil
	}
	return np
}

// progressive reports whether a question word is a present participle
// of a word used mostly as a verb ("paying", "running", "watching"), not a
// noun in -ing ("building", "meeting").
func progressive(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && verbShareAs(w, true) > minCopulaVerbShare
}

// nameOfQ asks for someone's name: "What is the name of the N?".
var nameOfQ = regexp.MustCompile(`(?i)^\s*what (is|was|are|were) the names? of\b`)

// keyAbsence reports whether a sentence lacks a key word of the question
// in every form the focus knows and every WordNet synonym: "When will the
// plant open?" is not answered by a sentence about hiring at the plant. A
// word outside the question's focus (a name, a speech verb) is not
// weighed. (Word-vector similarity was tried instead of synonyms: the
// nearest word of an unrelated sentence scores 0.5–0.7, too close to a
// true paraphrase's to tell them apart.)
func (f focus) keyAbsence(word string, c candidate) float64 {
	if word == "" {
		return 0
	}
	ts := retrieval.Terms(word)
	if len(ts) != 1 {
		return 0
	}
	for _, ft := range f.terms {
		if ft.term != ts[0] {
			continue
		}
		if ft.in(c.terms) || anyIn(c.terms, ft.alts) {
			return 0
		}
		for _, r := range lexicon.Related(word) {
			if rt := retrieval.Terms(r); len(rt) == 1 && c.terms[rt[0]] {
				return 0
			}
		}
		for _, r := range lexicon.Derived(word) {
			// "How many people spoke?" — "37 speakers": the event
			// named by a word of the same root.
			if rt := retrieval.Terms(r); len(rt) == 1 && c.terms[rt[0]] {
				return 0
			}
		}
		return 1
	}
	return 0
}

func anyIn(have map[string]bool, ts []string) bool {
	for _, t := range ts {
		if have[t] {
			return true
		}
	}
	return false
}
