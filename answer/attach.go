package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// wordRe finds the words of a sentence, with their offsets.
var wordRe = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’.-]*`)

// besideWords is how near (in words) the thing a question asks for must be
// to a head word of the question to count as being about it: about a
// clause. countWords is how far before the counted noun a count stands
// ("about 900 workers", "fewer than one in five shoppers").
//
// countWords was 3 until the words between a count and its noun had to be
// the noun phrase's own (no function word but "and"/"or"): 4 lets "260
// tax and tithe records" count records.
const (
	besideWords = 10
	countWords  = 4
)

// howManyRe opens a question that counts or measures: the noun phrase
// after it is what is counted ("how many workers") or measured ("how
// much water"; "how much did it cost" has none).
var howManyRe = regexp.MustCompile(`(?i)^\s*(how many|what number of|how much)\s+`)

// questionAux are the auxiliary verbs that end a counted noun phrase ("how
// many members WILL the board have").
var questionAux = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`is are was were be been did do does will would can could should shall may might must has have had`) {
		questionAux[w] = true
	}
}

// heads returns the question's head terms: its focus terms less those in a
// prepositional phrase ("on the bill", "in Saelen", "during the closure"),
// which qualify the question rather than say what it asks about; and, for
// a counting question, the terms of the counted noun phrase.
func (f focus) heads(q string) (heads, counted []string) {
	isFocus := map[string]bool{}
	for _, ft := range f.terms {
		isFocus[ft.term] = true
	}
	for _, t := range f.moneyHeads {
		isFocus[t] = true // "cost": the sum must be what it costs
	}
	words := strings.Fields(strings.ToLower(q))
	inPP := false
	last := ""
	for _, w := range words {
		w = strings.Trim(w, "?!.,;:\"“”'’")
		if lexicon.Prepositions.Has(w) {
			inPP = true
			continue
		}
		ts := retrieval.Terms(w)
		if len(ts) != 1 || !isFocus[ts[0]] {
			continue
		}
		last = ts[0]
		if !inPP && !slices.Contains(heads, ts[0]) {
			heads = append(heads, ts[0])
		}
	}
	// The question's last focus word is its verb more often than not
	// ("When will work on the lanes start?"), a head even after a
	// preposition.
	if last != "" && !slices.Contains(heads, last) {
		heads = append(heads, last)
	}
	if loc := howManyRe.FindStringIndex(q); loc != nil {
		for _, w := range strings.Fields(strings.ToLower(q[loc[1]:])) {
			w = strings.Trim(w, "?!.,;:\"“”'’")
			if questionAux[w] || lexicon.Prepositions.Has(w) || lexicon.FunctionWords.Has(w) {
				break
			}
			if ts := retrieval.Terms(w); len(ts) == 1 && isFocus[ts[0]] {
				counted = append(counted, ts[0])
			}
		}
		// "How many people attended?" is answered by "a crowd of
		// 61,204": a noun that counts anyone need not follow its count.
		if len(counted) == 1 && lightNouns[counted[0]] {
			counted = nil
		}
	}
	return heads, counted
}

// lightNouns count anything of their kind: people, times.
var lightNouns = map[string]bool{}

func init() {
	for _, t := range retrieval.Terms(`people persons individuals times`) {
		lightNouns[t] = true
	}
}

// typePattern finds, in a sentence, the things of each kind a question may
// ask for.
var typePattern = map[answerType]*regexp.Regexp{
	placeType:    placeRe,
	timeType:     timeRe,
	durationType: numberUnitRe,
	ageType:      ageRe,
	lengthType:   lengthRe,
	numberType:   numberRe,
	personType:   personRe,
	reasonType:   reasonRe,
}

// attachment is the fraction of the question's head terms that have, in
// the sentence, something of the kind the question asks for beside them:
// "900 workers" answers "how many workers" where a number elsewhere in the
// sentence counts something else, and "$40 million testing the water" is
// not what a water meter costs. A counting question needs its count just
// before the counted noun.
func (f focus) attachment(want answerType, q, s string) float64 {
	heads, counted := f.heads(q)
	if f.money {
		// The sum must be beside what costs or earns, not only beside
		// "cost": "the rules would cost its members millions of
		// dollars" is not what a water meter costs.
		var things []string
		for _, h := range heads {
			if !slices.Contains(f.moneyHeads, h) {
				things = append(things, h)
			}
		}
		if len(things) > 0 {
			heads = things
		}
	}
	re := typePattern[want]
	if f.money {
		re = moneyRe
	}
	if re == nil {
		return 1
	}
	words := wordRe.FindAllStringIndex(s, -1)
	var at []int // word index of each thing of the kind asked for
	for _, m := range re.FindAllStringIndex(s, -1) {
		if f.money || hasAnswerType(want, q, s[m[0]:m[1]]) {
			at = append(at, wordIndex(words, m[0]))
		}
	}
	if len(at) == 0 {
		return 0
	}
	near := func(i int, before, after int) bool {
		for _, a := range at {
			if a <= i+after && a >= i-before {
				return true
			}
		}
		return false
	}
	if len(counted) > 0 && want == numberType && !f.money {
		mass := strings.HasPrefix(strings.ToLower(strings.TrimSpace(q)), "how much")
		for i, w := range words {
			if ts := retrieval.Terms(s[w[0]:w[1]]); len(ts) > 0 && f.stands(ts[0], counted) &&
				(countsBefore(s, words, i, mass) || mass && measuredAfter(s, words, i)) {
				return 1
			}
		}
		return 0
	}
	if want == lengthType && !dimensionBeside(q, s, words, at) {
		return 0
	}
	if len(heads) == 0 {
		return 1
	}
	found := 0
	for _, h := range heads {
		for i, w := range words {
			if ts := retrieval.Terms(s[w[0]:w[1]]); len(ts) == 0 || !f.stands(ts[0], []string{h}) {
				continue
			}
			if want == reasonType && causeOf(s, words, i, at) || want != reasonType && near(i, besideWords, besideWords) {
				found++
				break
			}
		}
	}
	return float64(found) / float64(len(heads))
}

// countsBefore reports whether the noun at word index i is counted: a
// cardinal number stands at most countWords before it, and the words
// between belong to the noun phrase ("900 workers", "260 tax and tithe
// records") or make it a part of a whole ("3,000 of the mothers"). A
// fraction ("half their households"), a percentage or "one of the
// scanning machines" does not count the noun; a measured mass may take
// "of" ("3 billion litres of water").
func countsBefore(s string, words [][]int, i int, mass bool) bool {
	for j := i - 1; j >= 0 && j >= i-countWords; j-- {
		w := strings.ToLower(s[words[j][0]:words[j][1]])
		if cardinalRe.MatchString(strings.TrimRight(w, ".,")) {
			// "18 per cent of mothers" gives a share, not a count.
			next := strings.ToLower(s[words[j][1]:min(len(s), words[j][1]+9)])
			if strings.HasPrefix(strings.TrimLeft(next, " -"), "per") || strings.HasPrefix(next, "%") {
				return false
			}
			return partOf(s, words, j, i, w != "one" || mass, mass)
		}
		if w != "and" && w != "or" && lexicon.FunctionWords.Has(w) && w != "of" && !determiners[w] {
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
		if w != "and" && w != "or" && !(mass && w == "of") && lexicon.FunctionWords.Has(w) {
			return false
		}
	}
	return true
}

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

// dimensionWords name, for each "how tall/high/deep/wide/far" question,
// the words that put a length in that dimension.
var dimensionWords = map[string][]string{
	"tall": {"tall", "high", "height", "above"},
	"high": {"tall", "high", "height", "above"},
	"deep": {"deep", "depth", "down", "below", "beneath"},
	"wide": {"wide", "width", "across"},
	"far":  {"far", "away", "distance", "from", "off"},
	"long": {"long", "length"},
}

// dimensionBeside reports whether a length figure has a word naming the
// question's dimension within a few words ("9.6 feet high", "a depth of
// 40 metres", "12 miles from the site"): "How deep is the lake?" is not
// answered by "a 14-metre core".
func dimensionBeside(q, s string, words [][]int, at []int) bool {
	m := howTallQ.FindStringSubmatch(q)
	if m == nil {
		return true
	}
	dims := dimensionWords[strings.ToLower(m[1])]
	for _, a := range at {
		for j := max(0, a-3); j < len(words) && j <= a+4; j++ {
			w := strings.ToLower(s[words[j][0]:words[j][1]])
			for _, part := range strings.Split(w, "-") {
				// "highest", "deeper" name the dimension too.
				for _, d := range dims {
					if strings.HasPrefix(part, d) && len(part) <= len(d)+3 {
						return true
					}
				}
			}
		}
	}
	return false
}

// causeOf reports whether a causal connective gives the cause of the
// question's word at index i: one after it in the clause's reach ("sales
// fell after …"), or one before it across a comma ("Because the material
// soaks up heat …, buildings need less heating"). A connective before the
// word in the same clause makes the word part of the cause of something
// else ("sales fell after a large customer delayed orders").
func causeOf(s string, words [][]int, i int, at []int) bool {
	for _, a := range at {
		if a > i && a-i <= besideWords || a < i && strings.ContainsAny(s[words[a][0]:words[i][0]], ",;") {
			return true
		}
	}
	return false
}

// stands reports whether article term t stands for one of the question's
// terms: the term itself, a close spelling of a long one, or one of its
// alternatives (synonyms, irregular forms).
func (f focus) stands(t string, terms []string) bool {
	for _, q := range terms {
		if t == q {
			return true
		}
		if len(q) > lexicon.ShortWord {
			if _, ok := lexicon.Near(t, q); ok {
				return true
			}
		}
		for _, ft := range f.terms {
			if ft.term == q && slices.Contains(ft.alts, t) {
				return true
			}
		}
	}
	return false
}

// wordIndex returns the index of the word holding byte offset off.
func wordIndex(words [][]int, off int) int {
	for i, w := range words {
		if off < w[1] {
			return i
		}
	}
	return len(words) - 1
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
