package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// A count belongs to the verb that governs the counted noun: "How many
// homes did the wall protect?" is not answered by "the surge flooded 300
// homes", nor "How many storks died?" by "the team tagged 46 storks" or
// "How many people live on the island?" by "two people have died". When
// the question's verb is nowhere in the sentence and the counted noun
// stands there as the object or the subject of another verb, one that is
// no form, synonym or near sense of the question's, the figure counts
// that other deed.

// countedByOther reports whether a "how many N … V" question's counted
// noun stands in s, after a figure, as the object or subject of a verb
// other than the question's.
func countedByOther(q, s string) bool {
	m := howManyRe.FindStringIndex(q)
	if m == nil || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(q)), "how many") {
		return false
	}
	verb := questionVerb(q)
	noun := countedHead(q[m[1]:], verb)
	if verb == "" || noun == "" {
		return false
	}
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if !cardinalRe.MatchString(trimWord(w)) || strings.ContainsAny(w[len(w)-1:], ",;:.") {
			continue
		}
		j := i + 1
		if j < len(ws) && scaleWords[trimWord(ws[j])] != 0 {
			j++ // "2.1 million customers"
		}
		k := nounAt(ws, j, noun)
		if k < 0 || strings.HasSuffix(ws[k], "'") || strings.HasSuffix(ws[k], "’") {
			continue // "90,000 users' records": the records are counted
		}
		if k+1 < len(ws) && perWords[trimWord(ws[k+1])] {
			continue // "one heater per household" is a rate, not a count
		}
		if v := verbBefore(ws, i); v != "" && otherVerb(v, verb) {
			return true
		}
		if v := verbAfter(ws, k); v != "" && otherVerb(v, verb) {
			return true
		}
	}
	return false
}

// perWords after a counted noun make its figure a rate.
var perWords = map[string]bool{"per": true, "each": true, "every": true, "apiece": true}

// countedHead returns the head of the noun phrase a "how many" question
// counts, the last word before its auxiliary or verb ("homes" in "homes
// did the wall protect", "people" in "people live on …"), or "".
func countedHead(rest, verb string) string {
	head := ""
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		w = trimWord(w)
		if questionAux[w] || lexicon.Prepositions.Has(w) || w == verb {
			break
		}
		head = w
	}
	return head
}

// nounAt returns the index of noun among the two words from j on (one
// modifier may stand before it: "46 adult storks"), or -1.
func nounAt(ws []string, j int, noun string) int {
	nt := retrieval.Terms(noun)
	for k := j; k < len(ws) && k <= j+1; k++ {
		w := trimWord(ws[k])
		ts := retrieval.Terms(w)
		if w == noun || len(ts) == 1 && len(nt) == 1 && (ts[0] == nt[0] || workforceCount(ts[0], nt)) {
			// "180 jobs" counts the workers a question asks about as
			// the attachment does (workforce.go): its verb decides too.
			return k
		}
		if strings.ContainsAny(ws[k], ",;:") {
			break
		}
	}
	return -1
}

// verbBefore returns the verb a figure at i is the object of ("flooded
// more than 300 homes"), or "".
func verbBefore(ws []string, i int) string {
	k := i - 1
	for k >= 0 && k >= i-figureLeadReach && figureLeads[trimWord(ws[k])] {
		k--
	}
	if k < 0 || strings.ContainsAny(ws[k], ",;:") {
		return ""
	}
	if v := finiteVerb(ws, k); v != "" {
		return v
	}
	return baseVerb(ws, k)
}

// baseVerb returns the word at k when it is a verb's base form after "to"
// or a modal ("voted to relocate 600 stalls", "would cut 180 posts"),
// else "". A light verb, or one that only says what something holds
// ("will feature 45 shows"), says too little of its own to clash.
func baseVerb(ws []string, k int) string {
	w := trimWord(ws[k])
	if k == 0 || lexicon.Light(w) || lexicon.HoldVerbs.Has(w) || lexicon.VerbShare(w) == 0 {
		return ""
	}
	if prev := trimWord(ws[k-1]); prev == "to" || questionAux[prev] {
		return w
	}
	return ""
}

// verbAfter returns the verb a counted noun at k is the subject of, after
// an auxiliary ("two people have died", "40 shops were closed"), or "". A
// participle right after the noun may qualify it instead ("a study of
// 8,000 patients released in June").
func verbAfter(ws []string, k int) string {
	if strings.ContainsAny(ws[k], ",;:") {
		return ""
	}
	aux := false
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		w := trimWord(ws[j])
		if questionAux[w] || w == "been" || w == "not" {
			aux = true
			continue
		}
		if !aux {
			return ""
		}
		return finiteVerb(ws, j)
	}
	return ""
}

// finiteVerb returns w when it is an inflected verb: a form in "-ed"
// whose base is a verb at all ("flooded", "tagged", "died"), or an
// irregular form of a base that is mostly a verb ("sent", "took"), else "".
// A light verb ("had 1,500 names", "made 40 arrests"), one whose
// complement says what happened ("left 300 homes without power") or a
// phrasal one ("have written in") says too little of its own to clash.
func finiteVerb(ws []string, i int) string {
	w := trimWord(ws[i])
	if i+1 < len(ws) && (particles[trimWord(ws[i+1])] || trimWord(ws[i+1]) == "in") {
		return ""
	}
	regular := strings.HasSuffix(w, "ed")
	if lexicon.Light(w) || w == "had" || w == "left" || w == "kept" || !regular && (len(lexicon.Forms(w)) == 0 || strings.HasSuffix(w, "s")) {
		return ""
	}
	for _, b := range verbBases(w) {
		if regular && lexicon.VerbShare(b) > 0 || lexicon.MostlyVerb(b) {
			return w
		}
	}
	return ""
}

// verbBases returns the possible bases of a verb form: WordNet's, and for
// a form in "-ed" the word less "d", "ed" or a doubled consonant and "ed"
// ("died", "flooded", "tagged"), which WordNet's detachment rules miss.
func verbBases(w string) []string {
	bases := lexicon.BaseForms(w)
	if strings.HasSuffix(w, "ed") && len(w) >= 4 {
		bases = append(bases, w[:len(w)-1], w[:len(w)-2], w[:len(w)-3])
	}
	return bases
}

// otherVerb reports whether v is neither a form of the question's verb
// nor a WordNet synonym of it, either way round ("injured" and "hurt").
func otherVerb(v, verb string) bool {
	if sameVerb(v, verb) {
		return false
	}
	vs := append([]string{v}, verbBases(v)...)
	qs := append([]string{verb}, verbBases(verb)...)
	for _, b := range vs {
		for _, q := range qs {
			if b == q || slices.Contains(lexicon.Related(q), b) || slices.Contains(lexicon.Related(b), q) {
				return false
			}
		}
	}
	return true
}
