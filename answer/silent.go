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
	subject = afterPossessive(subject)
	if !personal(subject) {
		return ""
	}
	named := e.quotes.Named(strings.Join(subject, " "))
	if len(named) != 1 {
		return ""
	}
	sp, ok := e.quotes.Lookup(named[0])
	if !ok || sp.Kind != quotes.Person || sp.Quotes > 0 {
		return ""
	}
	// The index's reported statements are not trusted either way: one
	// may be another's ("X will oversee the program, the company said"),
	// and speech it missed may stand under a label. The sentences decide
	// (speaks.go).
	own, shared := nameWords(sp, e.quotes.Speakers())
	for _, s := range e.art.Sentences {
		people := e.quotes.PeopleIn(s.ID)
		if speaksIn(s.Text, own, shared, len(people) > 0 && people[0] == sp.Name) {
			return ""
		}
	}
	return sp.Name
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
