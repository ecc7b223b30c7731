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
//
// moneyGap is how far after a money word ("cost", "paid") its sum
// stands: "would cost the company somewhere between $25 million" (five
// words).
const (
	besideWords = 10
	countWords  = 4
	moneyGap    = 6
	// speechDateWords is how near a reporting verb the date of the saying
	// stands: "said in a statement on Tuesday" (five words).
	speechDateWords = 6
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
	q = whPhrase(q) // "By how much …": the preposition opens no phrase of the question's
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
		verb := questionVerb(q)
		rest := strings.Fields(strings.ToLower(q[loc[1]:]))
		// "How many of the 37 speakers …": the partitive's noun is
		// what is counted ("How much of the fire …" asks for a share).
		partitive := len(rest) > 2 && rest[0] == "of" && determiners[rest[1]] && !strings.HasSuffix(strings.ToLower(q[:loc[1]]), "much ")
		if partitive {
			rest = rest[2:]
			if len(rest) > 1 && cardinalRe.MatchString(rest[0]) {
				rest = rest[1:]
			}
		}
		for _, w := range rest {
			w = strings.Trim(w, "?!.,;:\"“”'’")
			// "How many people attended": the verb ends the noun phrase.
			if questionAux[w] || lexicon.Prepositions.Has(w) || lexicon.FunctionWords.Has(w) || w == verb {
				break
			}
			if ts := retrieval.Terms(w); len(ts) == 1 && isFocus[ts[0]] {
				counted = append(counted, ts[0])
			}
		}
		if partitive && len(counted) > 1 {
			// "of the 300 flooded homes": the homes are counted, not
			// what flooded.
			counted = counted[len(counted)-1:]
		}
		// "How many people attended?" is answered by "a crowd of
		// 61,204": a noun that counts anyone need not follow its count.
		if len(counted) == 1 && lightNouns[counted[0]] {
			counted = nil
		}
	}
	return heads, counted
}

// sumOrShareRe is a sum of money or a percentage: what a change of pay or
// price is given in.
var sumOrShareRe = regexp.MustCompile(moneyRe.String() + `|` + percentRe.String())

// typePattern finds, in a sentence, the things of each kind a question may
// ask for.
var typePattern = map[answerType]*regexp.Regexp{
	placeType:    placeRe,
	timeType:     timeRe,
	durationType: durationRe,
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
	var things []string
	if f.money {
		// The sum must be beside what costs or earns, not only beside
		// "cost": "the rules would cost its members millions of
		// dollars" is not what a water meter costs.
		mods := f.modifiers(q)
		for _, h := range heads {
			if !slices.Contains(f.moneyHeads, h) && !mods[h] {
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
		if f.shareToo {
			re = sumOrShareRe
		}
	}
	if re == nil {
		return 1
	}
	words := wordRe.FindAllStringIndex(s, -1)
	var at []int // word index of each thing of the kind asked for
	matches := re.FindAllStringIndex(s, -1)
	if want == reasonType && !f.money {
		matches = reasonsIn(s)
	}
	if want == ageType {
		matches = agesIn(s, thingAged(q)) // notsum.go
	}
	people, persons := want == numberType && countsPeople(q), false
	var sums [][]int
	if want == numberType && !f.money && countsOnly(q) {
		sums = sumSpans(s) // not a count (notsum.go)
	}
	for _, m := range matches {
		if within(m, sums) {
			continue
		}
		if f.money || hasAnswerType(want, q, s[m[0]:m[1]]) {
			i := wordIndex(words, m[0])
			if people {
				switch countedKind(s, words, i) {
				case countsThings:
					continue // "260 tax records" are not people
				case countsPersons:
					persons = true // "900 workers"
				}
			}
			at = append(at, i)
		}
	}
	if persons {
		return 1
	}
	if len(at) == 0 {
		return 0
	}
	if want != reasonType && figureOfHolder(q, s, words, at) {
		return 1 // "the $2 million the council had set aside" (holder.go)
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
		mass := strings.HasPrefix(strings.ToLower(strings.TrimSpace(whPhrase(q))), "how much")
		if mass && objectFigure(questionVerb(q), s) {
			return 1 // "refine 180,000 barrels a day" (verbfigure.go)
		}
		for i, w := range words {
			if ts := retrieval.Terms(s[w[0]:w[1]]); len(ts) > 0 && (f.stands(ts[0], counted) || workforceCount(ts[0], counted)) && !modifiesNoun(s, words, i, q) &&
				(countsBefore(s, words, i, mass) && !givenCount(q, s, words, i) && !inRatio(s, words, i) || countNamed(s, words, i) || percentOf(s, words, i) || mass && (measuredAfter(s, words, i) || shareOf(s, words, i)) || elidedCount(s, words, i, questionVerb(q))) {
				return 1
			}
			if countedCompound(s[w[0]:w[1]], func(t string) bool { return f.stands(t, counted) }) {
				return 1 // "a 34-wagon freight train"
			}
		}
		return 0
	}
	if want == lengthType && !dimensionBeside(q, s, words, at) {
		return 0
	}
	if want == timeType && speechQuestion.MatchString(questionVerb(q)) {
		// "When did Berg say the industry faces a soft patch?" asks
		// when he said it: the date must be the saying's ("said on
		// Tuesday"), not the soft patch's ("into next year").
		// The asked verb itself beside the date is the saying too:
		// "would write to every affected customer by April 30".
		verb := retrieval.Terms(questionVerb(q))
		for i, w := range words {
			word := s[w[0]:w[1]]
			asked := len(verb) == 1 && slices.Contains(retrieval.Terms(word), verb[0])
			if (reporting(word) || asked) && near(i, speechDateWords, speechDateWords) {
				return 1
			}
		}
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
	if found == 0 && len(things) > 0 && sumOfThings(s, words, at, things, f) {
		// "moving the most exposed homes to higher ground, a plan …
		// estimated would cost $11 million": the sum is what the plan
		// costs, and the plan is the asked thing's.
		return 0.5
	}
	return float64(found) / float64(len(heads))
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
