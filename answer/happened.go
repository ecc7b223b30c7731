package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
)

// A question about when something will happen is not answered by a
// sentence that reports it as done: "When will the ferry resume?" —
// "Sailings resumed at dawn on Friday, but the night ferry stays
// cancelled" dates a resumption that is over, whatever else is still to
// come. The sentence must say nothing of the future (plannedRe) and hold
// the question's own verb in a past form that no "will", "to" or form of
// "be" governs ("is expected to be resumed" is a plan).

// governors are the words before a past participle that make it a plan, a
// passive or a possibility rather than a report of what happened.
var governors = map[string]bool{
	"be": true, "been": true, "being": true, "to": true, "will": true, "would": true, "shall": true,
	"can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
}

// doneAlready reports whether a future when-question's event is reported
// by sentence s as having happened, and s says nothing of the future.
func doneAlready(q, s string) bool {
	if !futureQ.MatchString(q) || plannedRe.MatchString(s) {
		return false
	}
	v := questionVerb(q)
	if !pastOfVerb(s, v) {
		return false
	}
	// A light verb ("take", "go") or a phrasal verb ("take over") says
	// its event with the word after it: "When will the fair take place?"
	// is not done by "the decision, taken by a vote", nor "When will the
	// nephew take over?" by "took the keys". The past form must be
	// followed by that word too.
	next := wordAfter(questionTokens(q), v)
	if next == "" || determiners[next] || !lightVerb(v) && !particles[next] {
		return true
	}
	return pastOfVerbThen(s, v, next)
}

// wordAfter returns the word after the first v in ws, or "".
func wordAfter(ws []string, v string) string {
	i := slices.Index(ws, v)
	if i < 0 || i+1 >= len(ws) {
		return ""
	}
	return ws[i+1]
}

// pastOfVerb reports whether s holds verb v in a past form ("reopened",
// "took") not governed by a word of governors. A passive question gives
// its verb as a participle ("When will the depot be rebuilt?"), which
// stands for itself as well as its base.
func pastOfVerb(s, v string) bool { return pastOfVerbThen(s, v, "") }

// pastOfVerbThen is pastOfVerb with the past form followed by next when
// next is not "".
func pastOfVerbThen(s, v, next string) bool {
	if v == "" {
		return false
	}
	bases := lexicon.BaseForms(v)
	if len(bases) == 0 {
		bases = []string{v}
	}
	for _, b := range bases {
		if b == v {
			continue
		}
		if !slices.Contains(lexicon.Forms(b), v) && !strings.HasSuffix(v, "ed") {
			bases = []string{v} // "needs": not a past form of anything
			break
		}
	}
	past := func(w string) bool {
		if w == v {
			return true // the question's own participle
		}
		if !strings.HasSuffix(w, "ed") && !slices.ContainsFunc(bases, func(b string) bool { return slices.Contains(lexicon.Forms(b), w) }) {
			return false
		}
		return slices.ContainsFunc(lexicon.BaseForms(w), func(b string) bool { return slices.Contains(bases, b) })
	}
	ws := letterRunRe.FindAllString(strings.ToLower(s), -1)
	for i, w := range ws {
		if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") || i > 0 && governors[ws[i-1]] {
			continue // a gerund, a present form, or a plan or passive to come
		}
		if next != "" && (i+1 >= len(ws) || ws[i+1] != next) {
			continue
		}
		if !slices.Contains(bases, w) && past(w) {
			return true
		}
	}
	return false
}

// willQ opens a yes/no question about what will happen: "Will the shop
// close?".
var willQ = regexp.MustCompile(`(?i)^\s*(will|shall)\s`)

// reportOnly reports whether sentence s cannot answer a question about
// what will happen, asked yes or no or for who will do it, because it only
// reports what happened ("Will the mill shut?", "Who will buy the mill?" —
// "Orders fell 9 percent and the mill was sold"): whether something will
// be done, and by whom, is said by what is planned, promised or expected,
// not by a past event however close its words (tense.go). A date or a
// figure is weighed by its own rules (doneAlready above).
func reportOnly(q, s string, want answerType) bool {
	return (willQ.MatchString(q) || want == personType && futureQ.MatchString(q)) && tenseClash(q, s)
}
