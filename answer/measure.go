package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// Measures and counts beside the noun they are about, for attachment
// (attach.go): a count must stand before its noun, a measured mass may
// take its figure after it, a length must name its dimension, and a
// reason must be the asked event's.

// countsBefore reports whether the noun at word index i is counted: a
// cardinal number stands at most countWords before it, and the words
// between belong to the noun phrase ("900 workers", "260 tax and tithe
// records") or make it a part of a whole ("3,000 of the mothers"). A
// fraction ("half their households"), a percentage or "one of the
// scanning machines" does not count the noun; a measured mass may take
// "of" ("3 billion litres of water").
func countsBefore(s string, words [][]int, i int, mass bool) bool {
	if i > 0 && strings.ContainsAny(s[words[i-1][1]:words[i][0]], ",;:—–") {
		// "of 40,000 crowns, rangers said": a noun just after a
		// comma opens a new phrase; the count before it is another
		// noun's.
		return false
	}
	reach := i - countWords
	for j := i - 1; j >= 0 && j >= reach; j-- {
		w := strings.ToLower(s[words[j][0]:words[j][1]])
		if w == "of" || determiners[w] {
			// "about 40,000 of its Hearthline smart thermostats": the
			// partitive's words do not use up the noun phrase's reach.
			reach--
		}
		if cardinalRe.MatchString(strings.TrimRight(w, ".,")) {
			// "18 per cent of mothers" gives a share, not a count.
			// "Per" as a word, not the start of "permit" or "person".
			next := strings.ToLower(s[words[j][1]:min(len(s), words[j][1]+9)])
			if after := strings.TrimLeft(next, " -"); after == "per" || strings.HasPrefix(after, "per ") || strings.HasPrefix(after, "percent") || strings.HasPrefix(next, "%") {
				return false
			}
			return partOf(s, words, j, i, w != "one" || mass, mass)
		}
		if w != "and" && w != "or" && lexicon.FunctionWords.Has(w) && w != "of" && !determiners[w] && !countQualifiers[w] {
			return false
		}
	}
	return false
}

// partOf checks the words between a count at j and its noun at i: the
// noun phrase's own words, and "of" with a determiner right after the
// count when of is allowed ("3,000 of the mothers").
func partOf(s string, words [][]int, j, i int, of, mass bool) bool {
	k := j + 1
	if k < i && strings.EqualFold(s[words[k][0]:words[k][1]], "of") {
		if !of {
			return false
		}
		k++
		if k < i && determiners[strings.ToLower(s[words[k][0]:words[k][1]])] {
			k++
		}
	}
	for ; k < i; k++ {
		w := strings.ToLower(s[words[k][0]:words[k][1]])
		if w != "and" && w != "or" && !(mass && w == "of") && !countQualifiers[w] && lexicon.FunctionWords.Has(w) {
			return false
		}
	}
	return true
}

// countQualifiers are function words a counted noun phrase may hold
// between its count and its noun: "60 such schemes", "40 more buses",
// "three other bidders".
var countQualifiers = map[string]bool{"such": true, "more": true, "other": true, "further": true}

// measureLinks may stand between a measured noun and its figure:
// "revenue of $1.2 billion", "a backlog of about 900", "sales were 4,000".
var measureLinks = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`of was were is are at about nearly almost around roughly some just
		approximately more than over under totalled totaled reached stood came`) {
		measureLinks[w] = true
	}
}

// measuredAfter reports whether a figure follows the measured noun at i
// across nothing but measureLinks (or "rose to", "fell to").
func measuredAfter(s string, words [][]int, i int) bool {
	for j := i + 1; j < len(words) && j <= i+countWords; j++ {
		w := strings.ToLower(s[words[j][0]:words[j][1]])
		if numberRe.MatchString(w) || strings.ContainsAny(s[words[j-1][1]:words[j][0]+1], "$£€¥") {
			return true
		}
		prev := strings.ToLower(s[words[j-1][0]:words[j-1][1]])
		if !measureLinks[w] && !(w == "to" && strings.HasSuffix(prev, "ed") || w == "to" && (prev == "rose" || prev == "fell" || prev == "grew")) {
			return false
		}
	}
	return false
}

// layered reports whether the length figure at word a is the depth of a
// layer the question asks about: its unit followed by "of" and one of the
// question's words ("How deep was the water?" — "two feet of water"; not
// "How tall is the house?").
func layered(q, s string, words [][]int, a int) bool {
	for j := a; j < len(words)-2 && j <= a+2; j++ {
		if !lengthUnitRe.MatchString(s[words[j][0]:words[j][1]]) {
			continue
		}
		if !strings.EqualFold(s[words[j+1][0]:words[j+1][1]], "of") {
			return false
		}
		k := j + 2
		if k < len(words)-1 && determiners[strings.ToLower(s[words[k][0]:words[k][1]])] {
			k++
		}
		ts := retrieval.Terms(s[words[k][0]:words[k][1]])
		return len(ts) == 1 && slices.Contains(retrieval.Terms(q), ts[0])
	}
	return false
}

// lengthUnitRe is a unit of length, alone.
var lengthUnitRe = regexp.MustCompile(`(?i)^(inches|inch|feet|foot|ft|yards?|miles?|meters?|metres?|kilometers?|kilometres?|km|centimetres?|centimeters?|cm|millimetres?|millimeters?|mm)$`)

// sameVerb reports whether a word is a form of the verb v: the same stem
// ("stretched", "stretch") or an irregular form ("fell", "fall").
func sameVerb(w, v string) bool {
	a, b := retrieval.Terms(w), retrieval.Terms(v)
	if len(a) == 1 && len(b) == 1 && a[0] == b[0] {
		return true
	}
	for _, f := range lexicon.Forms(v) {
		if f == w {
			return true
		}
	}
	return false
}

// causeOf reports whether a causal connective gives the cause of the
// question's word at index i: one after it in the clause's reach ("sales
// fell after …") or further on in the same clause (sameClause), or one
// before it across a comma ("Because the material
// soaks up heat …, buildings need less heating"). A connective before the
// word in the same clause makes the word part of the cause of something
// else ("sales fell after a large customer delayed orders").
//
// Only the connective nearest before the word is weighed: in "who cast
// the deciding vote after saying …, said he had changed his mind after
// riding the bus", the first "after" is across a comma from "riding", but
// the second puts the ride inside the cause of the change of mind.
func causeOf(s string, words [][]int, i int, at []int) bool {
	before := -1
	for _, a := range at {
		if a > i && (a-i <= besideWords || sameClause(s[words[i][1]:words[a][0]])) {
			return true
		}
		if a < i {
			before = max(before, a)
		}
	}
	if before >= 0 && (whyConnective.MatchString(s[words[before][0]:]) || opensConsequence(s[words[before][0]:])) {
		// "…, which is why the port hires"/"That's why it hires"/"…, so
		// the port hires": what follows is what the cause before it
		// explains (consequence.go).
		return true
	}
	return before >= 0 && strings.ContainsAny(s[words[before][0]:words[i][0]], ",;")
}

// sameClause reports whether the words between a question's word and a
// causal connective after it stay in one clause: no punctuation, no
// conjunction, no relative clause opening between. The
// connective then gives the cause of the clause's verb however far a
// string of phrases has pushed it ("postponed the vote on the levy until
// March on Thursday evening after two members walked out"), where
// "an overhaul that was postponed to keep fuel flowing" gives the
// postponement's.
func sameClause(between string) bool {
	if strings.ContainsAny(between, ",;:—–()") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(between)) {
		w = trimWord(w)
		if lexicon.Conjunctions.Has(w) || relativeWords[w] {
			return false
		}
	}
	return true
}

// whyConnective opens the effect of the cause before it: "…, which is
// why", "That's why".
var whyConnective = regexp.MustCompile(`(?i)^((which|that|this) (is|was) why|that[’']s why)`)

// lightNouns count anything of their kind: people, times.
var lightNouns = map[string]bool{}

func init() {
	for _, t := range retrieval.Terms(`people persons individuals times`) {
		lightNouns[t] = true
	}
}

// countedCompound reports whether a hyphenated word counts a noun the
// question counts: "34-wagon", "a 12-member board".
func countedCompound(w string, counts func(term string) bool) bool {
	n, noun, ok := strings.Cut(w, "-")
	if !ok || !cardinalRe.MatchString(strings.ToLower(n)) {
		return false
	}
	ts := retrieval.Terms(noun)
	return len(ts) == 1 && counts(ts[0])
}

// countsPeople reports whether a question counts people with a noun that
// counts anyone ("How many people attended?"): its count may stand alone
// ("a crowd of 61,204") or before a person noun ("61,204 fans"), but not
// before a noun for things ("260 tax records", "31 years").
func countsPeople(q string) bool {
	loc := howManyRe.FindStringIndex(q)
	if loc == nil {
		return false
	}
	f := strings.Fields(strings.ToLower(q[loc[1]:]))
	return len(f) > 0 && personLight[strings.Trim(f[0], "?!.,;:")]
}

// personLight are the light nouns that count people; staffNouns name a
// body of people, which WordNet files as groups, not persons.
var (
	personLight = map[string]bool{"people": true, "persons": true, "individuals": true}
	staffNouns  = map[string]bool{"staff": true, "personnel": true, "crew": true, "workforce": true}
)

// What a number counts, by the first word after it.
const (
	countsUnknown = iota // no noun after it: "a crowd of 61,204"
	countsPersons        // "900 workers", "14 people"
	countsThings         // "260 tax records", "31 years"
)

// countedKind tells what the number at word index i counts: the first
// word after it (past number words: "2.1 million customers") as a noun
// WordNet knows, a person in one of its senses or not.
func countedKind(s string, words [][]int, i int) int {
	if ordinalRe.MatchString(s[words[i][0]:words[i][1]]) {
		return countsThings // "Friday 14th June", "the 3rd round": a date or a rank
	}
	if k := ratioFirst(s, words, i); k >= 0 {
		return countedKind(s, words, k) // "eleven votes to four": four votes
	}
	for j := i + 1; j < len(words) && j <= i+3; j++ {
		w := strings.TrimRight(strings.ToLower(s[words[j][0]:words[j][1]]), ".'’-")
		if cardinalRe.MatchString(w) {
			continue // "2.1 million"
		}
		if strings.ContainsAny(s[words[j-1][1]:words[j][0]], ",;:.") {
			return countsUnknown // "a crowd of 61,204, the club said"
		}
		if personLight[w] || staffNouns[w] {
			return countsPersons
		}
		if nounFollows(s, words, j) {
			continue // "212 permit holders" counts holders
		}
		for _, form := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")} {
			if k := lexicon.Noun(form); k.Noun {
				if k.Person {
					return countsPersons
				}
				return countsThings
			}
		}
		return countsUnknown
	}
	return countsUnknown
}
