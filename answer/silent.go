package answer

import (
	"strings"

	"articlebot/lexicon"
	"articlebot/quotes"
)

// Honest silence about people who never speak: an article often reports
// on someone ("the bill's sponsor, Rep. Ann Holt, filed it in March")
// without ever giving their words. "What did Holt say about the ban?" then
// has no answer, however well the passages about her match the rest of
// the question; the quotation index knows who is quoted and who speaks in
// reported speech, so the engine need not guess from word overlap.

// speechSubject returns the words of a speech question's subject as the
// question writes them: "State Sen. Ann Holt" in "What did State Sen. Ann
// Holt say about the ban?". It returns nil when the question has no
// subject before its speech verb ("Who said the plant would close?").
func speechSubject(q string) []string {
	ws := strings.Fields(whPhrase(q))
	start := -1
	for i, w := range ws {
		if questionAux[strings.ToLower(trimWord(w))] {
			start = i + 1
			break
		}
		if i > 1 {
			return nil
		}
	}
	if start < 0 {
		return nil
	}
	var subject []string
	for _, w := range ws[start:] {
		// "State" in "State Sen. Ann Holt" is no verb of saying.
		if t := trimWord(w); speechQuestion.MatchString(t) && t == strings.ToLower(t) {
			return subject
		}
		subject = append(subject, w)
	}
	return nil
}

func trimWord(w string) string { return strings.Trim(w, "?!.,;:\"“”'’()") }

// silentPerson returns the canonical name of the person a question asks
// the words of ("What did Holt say about …?", "What does the sponsor
// think of …?") when the article names that person but never gives words
// of theirs: no quotation, no reported speech, and no sentence about them
// (as its subject) with a verb of saying. It returns "" otherwise, and for
// organisations, which often speak through someone the index does not tie
// to them ("a spokesperson said").
func (e *Engine) silentPerson(q string) string {
	if !isSpeechQuestion(q) || !asksWhatSaid(q) {
		return ""
	}
	subject := speechSubject(q)
	if len(subject) == 0 {
		return ""
	}
	if !personal(subject) {
		return ""
	}
	named := e.quotes.Named(strings.Join(subject, " "))
	if len(named) != 1 {
		return ""
	}
	sp, ok := e.quotes.Lookup(named[0])
	if !ok || sp.Kind != quotes.Person || sp.Quotes > 0 || sp.Statements > 0 {
		return ""
	}
	for _, s := range e.art.Sentences {
		if people := e.quotes.PeopleIn(s.ID); len(people) > 0 && people[0] == sp.Name && saysSomething(s.Text) {
			// "Næss, a historian who argues that …": a clause of saying
			// the index leaves to the sentence's main verb.
			return ""
		}
	}
	return sp.Name
}

// saysSomething reports whether a sentence gives someone's words: a verb
// of saying or framing ("argues", "told", "called it") that is neither
// negated ("has not said how he will vote") nor passive ("was reported by
// local media to have …").
func saysSomething(s string) bool {
	prev := []string{"", ""}
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(trimWord(w))
		if (lexicon.SpeechVerbs.Has(w) || lexicon.FrameVerbs.Has(w)) && !silenced(prev) {
			return true
		}
		prev = []string{prev[1], w}
	}
	return strings.Contains(strings.ToLower(s), "according to")
}

// silenced reports whether the two words before a verb of saying negate it
// or make it passive.
func silenced(before []string) bool {
	for _, w := range before {
		if lexicon.Negations.Has(w) || lexicon.Copulas.Has(w) || w == "been" || w == "be" {
			return true
		}
	}
	return false
}

// personal reports whether a speech question's subject is a person
// rather than someone speaking for them: its head (the last word before a
// preposition) is a name or a role, and no word is possessive or a
// household ("the Crane family", "Holt's lawyers", "the Okafors' son").
func personal(subject []string) bool {
	head := ""
	for _, w := range subject {
		t := trimWord(w)
		lw := strings.ToLower(t)
		if head != "" && lexicon.Prepositions.Has(lw) {
			break
		}
		if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") || lexicon.Households.Has(lw) {
			return false
		}
		head = t
	}
	return head != "" && (head != strings.ToLower(head) || lexicon.IsRole(strings.ToLower(head)))
}
