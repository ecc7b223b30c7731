package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// An article often says in so many words that it cannot give what a
// reader asks: "the rider's condition has not been released", "the well has
// yet to be connected". Such a sentence matches the question better than any
// other (it names the very thing asked about), and yet it is the
// article's silence, not an answer: "What is his condition?" and "When
// will the well be connected?" are unanswerable.

// withheldRe is a thing not yet given or done: its subject's last word,
// then "has not (yet) been", "had yet to be" or "is still not", then the
// participle.
var withheldRe = regexp.MustCompile(`(?i)\b(\p{L}+)(?:'s|’s)?\s+(?:has|have|had|is|are|was|were)\s+(?:not\s+(?:yet\s+)?been|yet\s+to\s+be|still\s+not\s+been|still\s+to\s+be)\s+(\p{L}+)`)

// notGivenRe is the same in the active voice: "divers have not yet
// given a reason", "the company did not disclose the sum"; the thing is
// the object's head, the word after a determiner.
var notGivenRe = regexp.MustCompile(`(?i)\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(\p{L}+)\s+(?:a|an|the|its|his|her|their|any)\s+(\p{L}+)`)

// withheld reports whether sentence s says that the thing question q asks
// about has not been made known ("its cost has not been disclosed" for
// "What does it cost?") or, for a question that asks when, not yet done
// ("the footbridge had yet to be reopened" for "When will the footbridge
// be reopened?"). The thing is the subject's last word, one of the
// question's own terms; a yes-no question ("Has the cost been
// disclosed?") and one that asks about the disclosure itself are
// answered by the sentence.
func withheld(q, s string) bool {
	wh := strings.ToLower(strings.TrimSpace(whPhrase(q)))
	if !strings.HasPrefix(wh, "wh") && !strings.HasPrefix(wh, "how") {
		return false
	}
	terms := contentTerms(q)
	for _, m := range withheldRe.FindAllStringSubmatch(s, -1) {
		subject, done := retrieval.Terms(m[1]), strings.ToLower(m[2])
		if len(subject) != 1 || !slices.Contains(terms, subject[0]) {
			continue
		}
		dt := retrieval.Terms(done)
		if len(dt) == 1 && slices.Contains(terms, dt[0]) && lexicon.Disclosed.Has(done) {
			continue // "Has the cost been disclosed?", "What was disclosed?"
		}
		if lexicon.Disclosed.Has(done) && asksFor(q, terms, subject[0]) {
			return true
		}
		if questionType(q) == timeType && len(dt) == 1 && slices.Contains(terms, dt[0]) {
			return true
		}
	}
	for _, m := range notGivenRe.FindAllStringSubmatch(s, -1) {
		verb, thing := strings.ToLower(m[1]), retrieval.Terms(m[2])
		if !lexicon.Disclosed.Has(verb) && !lexicon.Disclose.Has(verb) || len(thing) != 1 || !slices.Contains(terms, thing[0]) {
			continue
		}
		if vt := retrieval.Terms(verb); len(vt) == 1 && slices.Contains(terms, vt[0]) {
			continue // "Who named the cause?"
		}
		if asksFor(q, terms, thing[0]) {
			return true
		}
	}
	return false
}

// withholds reports whether a sentence of the paragraphs the best
// candidates stand in says that the article withholds what q asks: the
// sentence that says so is often not the one retrieval focused on ("Why
// did it sink? Divers have not yet given a reason. The hull was …"), or
// that it is still undecided ("the band has not said whether it will
// play", undecided.go).
func (e *Engine) withholds(q string, cands []candidate) bool {
	paras := map[int]bool{}
	for i, c := range cands {
		if i == maxJudged {
			break
		}
		paras[c.sent.Para] = true
	}
	for _, s := range e.art.Sentences {
		if paras[s.Para] && (withheld(q, s.Text) || undecided(q, s.Text)) {
			return true
		}
	}
	return false
}

// asksFor reports whether term t is what question q asks for: its first
// content word ("condition" in "What is the condition of …?", "caused"
// in "What caused the fire?") or the noun it asks about. "Who found the
// body?" does not ask for the body, and "the body has not been
// identified" leaves it answered.
func asksFor(q string, terms []string, t string) bool {
	if len(terms) > 0 && terms[0] == t {
		return true
	}
	n := retrieval.Terms(askedNoun(q))
	return len(n) == 1 && n[0] == t
}
