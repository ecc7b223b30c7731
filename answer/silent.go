package answer

import (
	"regexp"
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
// (as its subject) with a verb of saying. It returns "" otherwise. An
// organisation is held to the same test when the article says it has not
// spoken ("has not said", "did not respond") or gives it no words in any
// form (orgMute), unless it is a person's office (silentorg.go) or speaks
// as a body does (orgvoice.go).
func (e *Engine) silentPerson(q string) string {
	if !isSpeechQuestion(q) || !asksWhatSaid(q) {
		return ""
	}
	subject := speechSubject(q)
	if len(subject) == 0 {
		return ""
	}
	subject = afterPossessive(subject)
	if !personal(subject) {
		return ""
	}
	named := e.givenNamed(subject, e.quotes.Named(strings.Join(subject, " ")))
	if len(named) != 1 {
		return ""
	}
	sp, ok := e.quotes.Lookup(named[0])
	if !ok || sp.Quotes > 0 || sp.Kind != quotes.Person && (e.officeHeld(sp) || e.orgVoice(sp) || !e.orgSilent(sp) && !e.orgMute(sp)) {
		return ""
	}
	// The index's reported statements are not trusted either way: one
	// may be another's ("X will oversee the program, the company said"),
	// and speech it missed may stand under a label. The sentences decide
	// (speaks.go).
	if !asksOwnWords(q) && e.speaksThrough(sp) {
		return ""
	}
	own, shared := nameWords(sp, e.quotes.Speakers())
	for _, s := range e.art.Sentences {
		people := e.quotes.PeopleIn(s.ID)
		if speaksIn(s.Text, own, shared, len(people) > 0 && people[0] == sp.Name) {
			return ""
		}
	}
	return sp.Name
}

// speaksThrough reports whether someone the article gives words to is
// described as sp's spokesperson ("A spokesperson for the mayor, Ken
// Ames, said …" for the mayor): the mayor then answered, through them.
func (e *Engine) speaksThrough(sp quotes.Speaker) bool {
	for _, o := range e.quotes.Speakers() {
		if o.Name == sp.Name || o.Quotes+o.Statements == 0 {
			continue
		}
		for _, r := range o.Roles {
			role, whose, ok := strings.Cut(r, " for ")
			if !ok {
				whose, role, ok = strings.Cut(r, "'s ")
			}
			if !ok || lexicon.CanonicalRole(lastField(role)) != "spokesperson" {
				continue
			}
			if named := e.quotes.Named(whose); len(named) == 1 && named[0] == sp.Name {
				return true
			}
		}
	}
	return false
}

// ownWords are the verbs of a question that asks for a person's own
// words: "What did the mayor say?" is not answered by her spokesperson's,
// "How did the mayor react?" is.
var ownWords = regexp.MustCompile(`(?i)\b(say|says|said|tell|tells|told|words?|quoted?)\b`)

// asksOwnWords reports whether the question asks for a person's own words.
func asksOwnWords(q string) bool { return ownWords.MatchString(q) }

// lastField returns the last word of s in lower case.
func lastField(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// nameWords are the words of a person's names as the article writes them
// ("Lena", "Quist"), for finding them in a sentence: own ones, and
// shared ones that another of the article's people or organisations also
// goes by (a surname).
func nameWords(sp quotes.Speaker, all []quotes.Speaker) (own, shared map[string]bool) {
	out := map[string]bool{}
	shared = map[string]bool{}
	words := func(s quotes.Speaker, f func(string)) {
		for _, a := range s.Aliases {
			for _, w := range strings.Fields(a) {
				if t := trimWord(w); len(t) > 1 && t != strings.ToLower(t) {
					f(t)
				}
			}
		}
	}
	words(sp, func(t string) { out[t] = true })
	for _, o := range all {
		if o.Name != sp.Name {
			words(o, func(t string) {
				if out[t] {
					delete(out, t)
					shared[t] = true
				}
			})
		}
	}
	return out, shared
}

// afterPossessive returns the words of a speech subject after its last
// possessive when they end in a name: "Rory Pell's solicitor Ana
// Ruiz" asks about Ana Ruiz. A subject that ends in a common noun ("Holt's
// lawyers") is returned whole, for personal to refuse.
func afterPossessive(subject []string) []string {
	last := -1
	for i, w := range subject {
		if possessiveWord(w) {
			last = i
		}
	}
	if last < 0 || last == len(subject)-1 {
		return subject
	}
	head := trimWord(subject[len(subject)-1])
	if head == strings.ToLower(head) {
		return subject
	}
	return subject[last+1:]
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
