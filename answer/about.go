package answer

import "slices"

// Whether a sentence is about the question's people: it names or
// describes one of them, one of them says it, or it opens with a pronoun
// that stands for one of them.

// aboutEntity reports whether a sentence is about one of the question's
// speakers: spoken or reported by them, or naming or describing them. A
// noun that stands for an organisation ("the company") counts only in a
// sentence that names no other person or organisation of the article:
// "the ministry" in a sentence about Dravenia is not Lutovia's.
func (e *Engine) aboutEntity(f focus, c candidate) bool {
	if f.aboutEntity(c) {
		return true
	}
	for _, who := range e.quotes.PeopleIn(c.sent.ID) {
		if contains(f.speakers, who) {
			// "Her turn away from glass came in 2009", after a
			// paragraph about Marchetti, is about Marchetti.
			return true
		}
	}
	if len(f.orgNouns) == 0 {
		return false
	}
	noun := false
	for t := range f.orgNouns {
		noun = noun || c.terms[t]
	}
	if !noun {
		return false
	}
	for _, n := range e.quotes.Mentioned(c.sent.Text) {
		if !contains(f.speakers, n) {
			return false
		}
	}
	return true
}

// aboutEntity is Engine.aboutEntity without organisation nouns.
func (f focus) aboutEntity(c candidate) bool {
	if len(f.entity) == 0 || c.speaker {
		return true
	}
	for t := range f.names {
		if hasFuzzy(c.terms, t) {
			return true
		}
	}
	// A description counts whole: "chief executive", not "chief"; or
	// as the question itself gives it ("the director" of a lead's "a
	// company director who …").
	if len(f.asked) > 0 && !slices.ContainsFunc(f.asked, func(t string) bool { return !c.terms[t] }) {
		return true
	}
	for _, r := range f.roles {
		all := len(r) > 0
		for _, t := range r {
			all = all && c.terms[t]
		}
		if all {
			return true
		}
	}
	return false
}
