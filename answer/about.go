package answer

import (
	"slices"
	"strings"

	"articlebot/quotes"
	"articlebot/retrieval"
)

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
	if e.ownNounOf(f, c) || e.possessiveOf(f, c) || e.describedOf(f, c) {
		return true
	}
	return e.byNoun(f, c, f.orgNouns, false)
}

// ownNounOf reports whether a sentence speaks of the question's
// organisation by the common noun the question uses for it ("the
// museum's roof" for "the museum", the Ostler Museum), naming no other
// organisation: the people it names ("Ruiz said the museum's roof
// leaks") speak of it, they are not another body.
func (e *Engine) ownNounOf(f focus, c candidate) bool {
	return e.byNoun(f, c, f.ownNouns, true)
}

// byNoun reports whether the sentence holds one of nouns and names no one
// but the question's speakers (and, with people, any person).
func (e *Engine) byNoun(f focus, c candidate, nouns map[string]bool, people bool) bool {
	noun := false
	for t := range nouns {
		noun = noun || c.terms[t]
	}
	if !noun {
		return false
	}
	for _, n := range e.quotes.Mentioned(c.sent.Text) {
		if contains(f.speakers, n) {
			continue
		}
		if sp, ok := e.quotes.Lookup(n); !people || !ok || sp.Kind != quotes.Person {
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

// possessiveOf reports whether a sentence opens with "Its" or "Their"
// after a sentence of the same paragraph about the question's
// organisation: "The rowing club has 300 members. Its secretary, Nell
// Brandt, said …" speaks of the club's secretary. An opening "It" that is
// the subject of a deed stands for the organisation the same way (itOf).
// A "They" that opens a paragraph stands for whoever the sentence before,
// at the end of the paragraph before, was about: news paragraphs are often
// one sentence ("The twins met on board four. / They drew in 14 moves").
func (e *Engine) possessiveOf(f focus, c candidate) bool {
	first, rest, _ := strings.Cut(c.sent.Text, " ")
	they := first == "They"
	if !strings.EqualFold(first, "its") && !strings.EqualFold(first, "their") && !they && !e.itOf(f, first, rest) {
		return false
	}
	id := c.sent.ID - 1
	if id < 0 || e.art.Sentences[id].Para != c.sent.Para && !(they && e.art.Sentences[id].Para == c.sent.Para-1) {
		return false
	}
	prev := map[string]bool{}
	for _, t := range retrieval.Terms(e.art.Sentences[id].Text) {
		prev[t] = true
	}
	return f.aboutEntity(candidate{sent: e.art.Sentences[id], terms: prev})
}

// ownNouns returns the terms of the question's organisations' names that
// the question writes in lower case: "the museum" for the Ostler Museum,
// a common noun of the body's name that stands for it in the article's
// sentences too ("the museum's budget").
func (e *Engine) ownNouns(q string, speakers []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range speakers {
		sp, ok := e.quotes.Lookup(s)
		if !ok || sp.Kind != quotes.Organisation {
			continue
		}
		for _, a := range sp.Aliases {
			for _, t := range retrieval.Terms(a) {
				if writtenLower(q, t) {
					out[t] = true
				}
			}
		}
	}
	return out
}

// writtenLower reports whether the question writes term t only in lower
// case: "the museum", not "the Ostler Museum".
func writtenLower(q, t string) bool {
	found := false
	for _, w := range strings.Fields(q) {
		w = trimWord(w)
		if ts := retrieval.Terms(w); len(ts) == 1 && ts[0] == t {
			if w != strings.ToLower(w) {
				return false
			}
			found = true
		}
	}
	return found
}

// itOf reports whether a sentence's first word and the rest make "It" the
// subject of a deed of one of the question's organisations: "The tenants
// wrote to the housing trust in May. It refused, saying …" is the trust's
// refusal. "It" never stands for a person, and "It is", "It was", "It
// seems" … are as often about nothing at all ("It is not clear why").
func (e *Engine) itOf(f focus, first, rest string) bool {
	if first != "It" {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	if dummyItVerbs[strings.ToLower(trimWord(next))] {
		return false
	}
	for _, s := range f.speakers {
		if sp, ok := e.quotes.Lookup(s); ok && sp.Kind == quotes.Organisation {
			return true
		}
	}
	return false
}

// dummyItVerbs follow an "It" that stands for no one: "It is unclear",
// "It was raining", "It seems", "It takes two years to …".
var dummyItVerbs = map[string]bool{
	"is": true, "was": true, "will": true, "would": true, "could": true, "might": true, "may": true,
	"seems": true, "seemed": true, "appears": true, "appeared": true, "remains": true, "remained": true,
	"takes": true, "took": true, "means": true, "meant": true, "matters": true, "looks": true, "looked": true,
	"has": true, "had": true, "must": true, "should": true, "can": true, "isn't": true, "wasn't": true,
	"'s": true, "’s": true, "becomes": true, "became": true, "happens": true, "happened": true,
}
