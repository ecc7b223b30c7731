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
	return want != numberType && !f.money || !e.nameMissing(q, e.windowText(c), f)
}

// byHowMuchRe opens a question about the size of a change.
var byHowMuchRe = regexp.MustCompile(`(?i)^\s*by\s+how\s+(much|many)\b`)

// nameMissing reports whether the question names something, with a
// capitalised word the article uses that is not one of the question's
// people or organisations, that the text (a candidate's window) never
// names.
func (e *Engine) nameMissing(q, text string, f focus) bool {
	have := termSet(text)
	for i, w := range strings.Fields(q) {
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
		if !have[ts[0]] {
			return true
		}
	}
	return false
}
