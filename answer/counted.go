package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// What a count counts: a count the question already gives is no answer
// ("How many of the 37 speakers …?"), and in a compound the last noun is
// counted ("410 licence holders" are holders).

// givenCount reports whether the count before noun i is a number the
// question gives: "How many of the 37 speakers opposed?" knows there were
// 37 speakers and asks for a part of them.
func givenCount(q string, s string, words [][]int, i int) bool {
	given := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(q)) {
		if w = strings.Trim(w, "?!.,;:"); cardinalRe.MatchString(w) {
			given[w] = true
		}
	}
	word := func(j int) string { return strings.ToLower(strings.TrimRight(s[words[j][0]:words[j][1]], ".,")) }
	for j := i - 1; j >= 0 && j >= i-countWords-2; j-- {
		w := word(j)
		if !cardinalRe.MatchString(w) {
			continue
		}
		if given[w] && j >= 3 && word(j-2) == "of" && (determiners[word(j-1)] || possessives[word(j-1)]) && cardinalRe.MatchString(word(j-3)) {
			// "three of its four glassworks": the part is the answer.
			return given[word(j-3)]
		}
		return given[w]
	}
	return false
}

// possessives stand where a determiner does: "three of its four".
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

// modifiesNoun reports whether word i stands before a noun that heads its
// phrase, which the question does not use: in "410 licence holders" the
// count counts holders, not licences.
func modifiesNoun(s string, words [][]int, i int, q string) bool {
	return nounFollows(s, words, i) && !strings.Contains(strings.ToLower(q), strings.ToLower(s[words[i+1][0]:words[i+1][1]]))
}

// nounFollows reports whether word i is followed, with no punctuation
// between, by a lower-case word that is a noun and not a verb form: the
// head of a compound ("permit holders", "loading zones").
func nounFollows(s string, words [][]int, i int) bool {
	if i+1 >= len(words) || strings.ContainsAny(s[words[i][1]:words[i+1][0]], ",;:.()\"“”‘’'") {
		return false
	}
	next := s[words[i+1][0]:words[i+1][1]]
	lw := strings.ToLower(next)
	if next != lw || lexicon.FunctionWords.Has(lw) || lexicon.Prepositions.Has(lw) || lexicon.MostlyVerb(lw) || pastForm(lw) ||
		strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") {
		return false
	}
	if lexicon.Noun(lw).Noun {
		return true
	}
	for _, b := range lexicon.BaseForms(lw) {
		if lexicon.Noun(b).Noun {
			return true
		}
	}
	return false
}

// inRatio reports whether the count before noun i is the second term of a
// ratio: "one nurse to seven patients", "one in five adults" give a
// proportion, not how many patients or adults there are.
func inRatio(s string, words [][]int, i int) bool {
	word := func(j int) string { return strings.ToLower(strings.TrimRight(s[words[j][0]:words[j][1]], ".,")) }
	for j := i - 1; j >= 1 && j >= i-countWords; j-- {
		if !cardinalRe.MatchString(word(j)) {
			continue
		}
		if link := word(j - 1); link != "to" && link != "in" && link != "per" {
			return false
		}
		for k := j - 2; k >= 0 && k >= j-4; k-- {
			if cardinalRe.MatchString(word(k)) || word(k) == "a" {
				return true
			}
		}
		return false
	}
	return false
}

// shareOf reports whether the noun at word index i is measured by a share
// of it, for "how much N": "a fifth of Ukrainian territory", "40 percent of
// the forest", "half the budget".
func shareOf(s string, words [][]int, i int) bool {
	for j := i - 1; j >= 0 && j >= i-countWords; j-- {
		w := strings.ToLower(s[words[j][0]:words[j][1]])
		if _, frac := fractionWords[w]; frac || w == "percent" || w == "per" || strings.HasSuffix(w, "%") {
			return true // "half the budget", "two-thirds of it"
		}
		if w == "of" || determiners[w] {
			continue
		}
		if lexicon.FunctionWords.Has(w) {
			return false
		}
	}
	return false
}

// numberOfNouns name a count of what follows them: "the number of
// members", "the tally of votes".
var numberOfNouns = map[string]bool{"number": true, "count": true, "tally": true, "headcount": true}

// numberOfReach is how many words after the counted noun the count of a
// "number of" phrase may stand, within its clause: "the number of
// licensed stalls in the market has risen to 410" (seven words).
const numberOfReach = 8

// countNamed reports whether the noun at i is counted by a "number of"
// phrase whose figure follows in the same clause: "the number of licensed
// stalls has risen to 410" answers "how many stalls", where no count
// stands before the noun.
func countNamed(s string, words [][]int, i int) bool {
	word := func(j int) string { return strings.ToLower(s[words[j][0]:words[j][1]]) }
	of := -1
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if word(j) == "of" {
			of = j
			break
		}
	}
	if of < 1 || !numberOfNouns[word(of-1)] {
		return false
	}
	for j := i + 1; j < len(words) && j <= i+numberOfReach; j++ {
		if strings.ContainsAny(s[words[j-1][1]:words[j][0]], ",;:.") {
			return false // another clause
		}
		if cardinalRe.MatchString(strings.TrimRight(word(j), ".,")) {
			return true
		}
	}
	return false
}

// percentOf reports whether the noun at i is counted by a percentage of
// it: "let 80 per cent of its rooms" answers "how many rooms did it
// let" with the share the article gives. A share in words ("half their
// households") is looser, and counts nothing.
func percentOf(s string, words [][]int, i int) bool {
	for j := i - 1; j >= 0 && j >= i-countWords; j-- {
		w := strings.ToLower(s[words[j][0]:words[j][1]])
		if w == "percent" || w == "cent" && j > 0 && strings.EqualFold(s[words[j-1][0]:words[j-1][1]], "per") || strings.HasSuffix(w, "%") ||
			strings.HasPrefix(s[words[j][1]:], "%") {
			return true
		}
		if w != "of" && !determiners[w] && !possessives[w] {
			return false
		}
	}
	return false
}

// elidedCount reports whether the counted noun at word i is counted by a
// bare figure that opens a later clause of the sentence as the subject of
// the question's verb, the noun left out: "Claims opened in May and 86
// had been paid by June" answers "How many claims have been paid?".
func elidedCount(s string, words [][]int, i int, verb string) bool {
	vt := retrieval.Terms(verb)
	if len(vt) != 1 {
		return false
	}
	word := func(j int) string { return strings.ToLower(s[words[j][0]:words[j][1]]) }
	for j := i + 2; j+1 < len(words); j++ {
		opens := word(j-1) == "and" || word(j-1) == "but" || strings.ContainsAny(s[words[j-1][1]:words[j][0]], ",;")
		if !opens || !cardinalRe.MatchString(strings.TrimRight(word(j), ".,")) {
			continue
		}
		for k := j + 1; k < len(words) && k <= j+4; k++ {
			if ts := retrieval.Terms(word(k)); len(ts) == 1 && ts[0] == vt[0] {
				return true
			}
			if !elidedAux[word(k)] {
				break
			}
		}
	}
	return false
}

// elidedAux are the auxiliaries between a bare figure and its verb ("86
// had been paid", "40 were turned away").
var elidedAux = map[string]bool{"had": true, "have": true, "has": true, "been": true, "were": true, "was": true, "are": true, "is": true, "be": true, "will": true, "would": true, "already": true, "now": true, "since": true}

// ordinalRe is a number written as an ordinal: "14th", "2nd", "1st".
var ordinalRe = regexp.MustCompile(`(?i)^\d+(st|nd|rd|th)$`)

// ratioFirst returns the index of the first count of a tally whose second
// count at i leaves its noun out ("carried by eleven votes to four", "won 3
// games to 1"), else -1.
func ratioFirst(s string, words [][]int, i int) int {
	if i < 3 || !strings.EqualFold(s[words[i-1][0]:words[i-1][1]], "to") {
		return -1
	}
	if i+1 < len(words) && nounFollows(s, words, i) {
		return -1 // "from 12 staff to 40 staff"
	}
	for k := i - 3; k >= 0 && k >= i-4; k-- {
		if cardinalRe.MatchString(strings.TrimRight(s[words[k][0]:words[k][1]], ".,")) {
			return k
		}
	}
	return -1
}
