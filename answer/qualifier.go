package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// A question that asks for an amount keeps its qualifiers: "How many
// workers does the Arlow plant employ?" is not answered by the head count
// of the company's other plant, nor "How much did it earn in Chile?" by
// its revenue worldwide. The period qualifiers (a year, a month, "next
// year") are period.go's; this file reads the named ones, a place or a
// thing the question names with a capital.

// askedOf is what a question asks of an amount or of a relative, read
// once per question rather than for each candidate.
type askedOf struct {
	// qualifiers are the terms of the capitalised words nameMissing
	// checks; nounQualifiers those of them that qualify a common noun
	// ("the Arlow plant", "the pool in Brenna"), the only ones a
	// date is held to (namedinstance.go).
	qualifiers, nounQualifiers []string
	// valueNoun is the noun whose reported sum moneyValueRe asks for, and
	// unitDim the dimension of the unit the answer is asked in.
	valueNoun, unitDim string
	// relation and noun are relationOf's and possessed's nouns.
	relation, noun string
}

// askedOf reads a question's askedOf.
func (e *Engine) askedOf(q string, f focus) askedOf {
	var a askedOf
	a.relation, _ = relationOf(q)
	a.noun, _ = possessed(q)
	a.unitDim = askedDimension(q)
	a.valueNoun = valueNoun(q)
	fields := strings.Fields(q)
	for i, w := range fields {
		w = strings.Trim(w, "?!.,;:\"“”()")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 || !unicode.IsUpper(r) || lexicon.Temporal.Has(w) || lexicon.FunctionWords.Has(strings.ToLower(w)) {
			continue
		}
		ts := retrieval.Terms(w)
		if len(ts) != 1 || f.entity[ts[0]] || !e.vocab.hasName(w) || e.inLead(ts[0]) {
			// A name of the headline or the lead is the story's own
			// subject: "the depot" in a later paragraph is the Tromsø
			// depot of the headline.
			continue
		}
		a.qualifiers = append(a.qualifiers, ts[0])
		if qualifiesNoun(fields, i, questionVerb(q)) {
			a.nounQualifiers = append(a.nounQualifiers, ts[0])
		}
	}
	return a
}

// amountOfKind reports whether a candidate's amount can be the one an
// amount question asks for, as far as its qualifiers and its event go:
// "How many workers does the Arlow plant employ?" — a head count in a
// paragraph that never names Arlow is another plant's; "How many people
// were hurt?" of an article that never speaks of harm in any form — a
// noun that counts anyone leaves the verb to say who is counted, and no
// count in the article is of the hurt.
func (e *Engine) amountOfKind(q string, want answerType, c candidate, f focus) bool {
	if want == numberType && countsAnyone(q) && f.verbUnseen(q) {
		return false
	}
	if want == numberType && byHowMuchRe.MatchString(q) && f.eventAbsence(q, questionVerb(q), c) == 1 {
		// "By how much did the firm cut its forecast?" asks for the
		// size of a change: a figure in a sentence without the change
		// ("raised its forecast to …") is another change's.
		return false
	}
	if !sumOfValue(f.wants.valueNoun, c.sent.Text) || !unitKept(f.wants.unitDim, c.sent.Text) {
		return false // units.go
	}
	if want == timeType {
		// "When will the Arlow plant open?" — the date a plant in
		// another town opened is another plant's.
		return !e.nameMissing(f.wants.nounQualifiers, c)
	}
	return want != numberType && !f.money || !e.nameMissing(f.wants.qualifiers, c)
}

// moneyValueRe asks the value of a sum a company reports: "How much
// (annual) revenue …?", "What is Halvard's annual profit?" (the noun
// ending the question). "How much did profit rise?" asks for a change,
// which a percentage gives too.
var moneyValueRe = regexp.MustCompile(`(?i)^\s*(how much\s+(\S+\s+)?(revenue|revenues|profit|profits|income|turnover|earnings)\b|what\s+(is|was|are|were|will\s+be)\s+(\S+\s+){0,5}(revenue|revenues|profit|profits|income|turnover|earnings)\s*\?*$)`)

// valueNoun returns the term of the noun whose reported sum a
// moneyValueRe question asks for, or "".
func valueNoun(q string) string {
	if m := moneyValueRe.FindStringSubmatch(whPhrase(q)); m != nil {
		if ts := retrieval.Terms(m[3] + m[6]); len(ts) == 1 {
			return ts[0]
		}
	}
	return ""
}

// sumOfValue reports whether a sentence can give the value of the noun
// (a term) a moneyValueRe question asks: a sum stands after the noun within
// moneyGap words ("revenue of $3.1 billion", "revenue climbed 11 percent
// to $3.06 billion") or just before it ("$40 million in revenue"), and
// the noun is not only a share's whole ("a fifth of its annual
// revenue"). An empty noun (any other question) passes.
func sumOfValue(noun, s string) bool {
	if noun == "" {
		return true
	}
	words := wordRe.FindAllStringIndex(s, -1)
	for i, w := range words {
		if ts := retrieval.Terms(s[w[0]:w[1]]); len(ts) != 1 || ts[0] != noun || shareOf(s, words, i) {
			continue
		}
		after := s[w[1]:words[min(len(words)-1, i+moneyGap)][1]]
		from := words[max(0, i-3)][0]
		if from > 0 {
			from-- // the currency sign before "40"
		}
		before := s[from:w[0]]
		if moneyRe.MatchString(after) || moneyRe.MatchString(before) {
			return true
		}
	}
	return false
}

// byHowMuchRe opens a question about the size of a change.
var byHowMuchRe = regexp.MustCompile(`(?i)^\s*by\s+how\s+(much|many)\b`)

// nameMissing reports whether the question names something, with a
// capitalised word the article uses that is not one of the question's
// people or organisations nor the story's own subject, that a candidate's
// window never names.
func (e *Engine) nameMissing(qualifiers []string, c candidate) bool {
	if len(qualifiers) == 0 {
		return false
	}
	have := termSet(e.windowText(c))
	for _, t := range qualifiers {
		if !have[t] {
			return true
		}
	}
	return false
}
