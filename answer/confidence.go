package answer

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// The answerability model: a logistic regression over signals that mean
// the same in every article, scoring how likely a candidate sentence is to
// answer the question. The question is answered when its best candidate
// scores at least answerThreshold; between middleThreshold and that, the
// engine says the article does not state the answer and points to the
// closest passages.
//
// The signals (see signals): how much of the question's focus (head noun
// and verb, less the names and roles of its people) the sentence and its
// paragraph cover through stems, irregular forms and WordNet; how many
// focus words the article never uses in any form; whether the sentence
// holds what the question asks for (a number, a sum of money, a date, a
// place, a person) and whether that thing sits beside a focus word; the
// passage's dense similarity in standard deviations above the article's
// own baseline (retrieval's DenseZ, the same rule with any embedder); and
// whether the sentence is the speaker's.

// nSignals is the length of a signal vector, bias first.
const nSignals = 13

// signal names, for the fit's report.
var signalNames = [nSignals]string{
	"bias", "coverage", "paragraph coverage", "missing", "unseen", "dense z",
	"typed, holds", "typed, lacks", "attachment", "money lacking",
	"speaker's sentence", "reciprocal rank", "no focus",
}

// answerWeights were fitted by TestFitAnswerability (run it with
// ANSWERABILITY_FIT=1; it prints these lines) on the six TUNED eval sets
// only, 2026-11-29: one row per (question, candidate sentence) among each
// question's best maxJudged candidates, labelled 1 when the question is
// answerable and the sentence is in a gold paragraph; L2 0.01.
var answerWeights = [nSignals]float64{-1.7534, 1.2668, 0.7582, -0.1174, 0.1264, 0.0365, -0.5758, -1.9128, 0.6630, -0.8155, 0.5739, 1.0638, -0.3443}

// answerThreshold and middleThreshold are on the model's probability.
// Chosen on the same tuned sets (TestFitAnswerability prints the sweep):
// see the closing note of the silence helper for the figures.
const (
	answerThreshold = 0.30
	middleThreshold = 0.15
)

// maxJudged is how many of the best candidates the model scores: the
// answer is chosen among the first few, so a sentence further down should
// not make the question answerable.
const maxJudged = 10

// signals returns the signal vector of one candidate sentence.
func (e *Engine) signals(q string, c candidate, f focus, want answerType, unseen int) [nSignals]float64 {
	var x [nSignals]float64
	x[0] = 1
	n := len(f.terms)
	miss := f.missingIn(c.terms)
	if n == 0 {
		x[1], x[2], x[12] = 1, 1, 1
	} else {
		x[1] = float64(n-miss) / float64(n)
		x[2] = float64(n-f.missingIn(e.paragraphTerms(c))) / float64(n)
	}
	x[3] = float64(miss)
	x[4] = float64(unseen)
	if c.dense > 0 {
		// Clipped: beyond a few deviations more similarity says little.
		x[5] = math.Max(-2, math.Min(8, e.index.DenseZ(c.dense)))
	}
	typed := want != anyType || f.money
	if typed {
		holds := want == anyType || hasAnswerType(want, q, c.sent.Text) ||
			want == personType && (e.namesAnother(c.sent, q) || f.roleIn(c.terms))
		if f.money && !hasMoney(c.sent.Text) {
			holds = false
			x[9] = 1
		}
		if holds {
			x[6] = 1
			x[8] = f.attachment(want, q, c.sent.Text)
		} else {
			x[7] = 1
		}
	}
	if c.speaker {
		x[10] = 1
	}
	x[11] = 1 / float64(c.rank)
	return x
}

// probability is the model's estimate that a candidate answers.
func probability(x [nSignals]float64) float64 {
	s := 0.0
	for i, w := range answerWeights {
		s += w * x[i]
	}
	return 1 / (1 + math.Exp(-s))
}

// paragraphTerms are the terms of a candidate's sentence and of its
// neighbours in the same paragraph: a focus word in the sentence before
// ("the wall … It will cost") still ties the answer to the question.
func (e *Engine) paragraphTerms(c candidate) map[string]bool {
	out := make(map[string]bool, len(c.terms))
	for t := range c.terms {
		out[t] = true
	}
	for _, id := range []int{c.sent.ID - 1, c.sent.ID + 1} {
		if id < 0 || id >= len(e.art.Sentences) || e.art.Sentences[id].Para != c.sent.Para {
			continue
		}
		for _, t := range retrieval.Terms(e.art.Sentences[id].Text) {
			out[t] = true
		}
	}
	return out
}

// wordRe finds the words of a sentence, with their offsets.
var wordRe = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’.-]*`)

// besideWords is how near (in words) the thing a question asks for must be
// to a head word of the question to count as being about it: about a
// clause. countWords is how far before the counted noun a count stands
// ("about 900 workers", "fewer than one in five shoppers").
const (
	besideWords = 6
	countWords  = 3
)

// howManyRe opens a question that counts: the noun phrase after it is
// what is counted.
var howManyRe = regexp.MustCompile(`(?i)^\s*(how many|what number of)\s+`)

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
	for _, w := range words {
		w = strings.Trim(w, "?!.,;:\"“”'’")
		if lexicon.Prepositions.Has(w) {
			inPP = true
			continue
		}
		ts := retrieval.Terms(w)
		if len(ts) == 1 && isFocus[ts[0]] && !inPP {
			heads = append(heads, ts[0])
		}
	}
	if loc := howManyRe.FindStringIndex(q); loc != nil {
		for _, w := range strings.Fields(strings.ToLower(q[loc[1]:])) {
			w = strings.Trim(w, "?!.,;:\"“”'’")
			if questionAux[w] || lexicon.Prepositions.Has(w) {
				break
			}
			if ts := retrieval.Terms(w); len(ts) == 1 && isFocus[ts[0]] {
				counted = append(counted, ts[0])
			}
		}
	}
	return heads, counted
}

// attachment is the fraction of the question's head terms that have, in
// the sentence, something of the kind the question asks for beside them:
// "900 workers" answers "how many workers" where a number elsewhere in the
// sentence counts something else, and "$40 million testing the water" is
// not what a water meter costs. A counting question needs its count just
// before the counted noun.
func (f focus) attachment(want answerType, q, s string) float64 {
	heads, counted := f.heads(q)
	if len(heads) == 0 {
		return 1
	}
	var re *regexp.Regexp
	kind := want
	switch {
	case f.money:
		re = moneyRe
	case want == placeType:
		re = placeRe
	case want == timeType:
		re = timeRe
	case want == numberType, want == durationType:
		re, kind = numberRe, numberType // "23 feet": the number beside the focus
	case want == personType:
		re = personRe
	case want == reasonType:
		re = reasonRe
	default:
		return 1
	}
	words := wordRe.FindAllStringIndex(s, -1)
	var at []int // word index of each thing of the kind asked for
	for _, m := range re.FindAllStringIndex(s, -1) {
		if f.money || hasAnswerType(kind, q, s[m[0]:m[1]]) {
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
	if len(counted) > 0 && kind == numberType && !f.money {
		for i, w := range words {
			if ts := retrieval.Terms(s[w[0]:w[1]]); len(ts) > 0 && f.stands(ts[0], counted) && near(i, countWords, 0) {
				return 1
			}
		}
		return 0
	}
	found := 0
	for _, h := range heads {
		for i, w := range words {
			if ts := retrieval.Terms(s[w[0]:w[1]]); len(ts) > 0 && f.stands(ts[0], []string{h}) && near(i, besideWords, besideWords) {
				found++
				break
			}
		}
	}
	return float64(found) / float64(len(heads))
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
