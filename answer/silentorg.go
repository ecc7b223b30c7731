package answer

import (
	"slices"
	"strings"

	"articlebot/quotes"
)

// Who a speech question's subject is, when the quotation index offers
// more than one or takes an office for a body.

// givenNamed narrows the people a speech subject names to the one who
// goes by its first name: "Ada Moss" of an article that quotes "Ivo Moss"
// and mentions "his sister, Ada" asks about Ada, not the Moss it quotes;
// a surname is shared within a family, a given name picks one of them.
func (e *Engine) givenNamed(subject, named []string) []string {
	if len(named) < 2 || len(subject) < 2 {
		return named
	}
	first := trimWord(subject[0])
	if first == strings.ToLower(first) {
		return named
	}
	var out []string
	for _, n := range named {
		sp, ok := e.quotes.Lookup(n)
		if !ok {
			continue
		}
		for _, a := range sp.Aliases {
			if slices.Contains(strings.Fields(a), first) {
				out = append(out, n)
				break
			}
		}
	}
	if len(out) == 1 {
		return out
	}
	return named
}

// officeHeld reports whether what the index takes for an organisation is
// a person's office, named with its holder in apposition ("The Warden of
// Eastmere, Dr Ines Falk, said …"): the office then speaks through her.
func (e *Engine) officeHeld(org quotes.Speaker) bool {
	people := map[string]bool{}
	for _, o := range e.quotes.Speakers() {
		if o.Kind == quotes.Person {
			own, _ := nameWords(o, nil)
			for w := range own {
				people[w] = true
			}
		}
	}
	for _, p := range e.art.Paragraphs {
		for _, a := range org.Aliases {
			_, after, ok := strings.Cut(p.Text, a+",")
			if !ok {
				continue
			}
			ws := strings.Fields(after)
			for _, w := range ws[:min(4, len(ws))] {
				if people[trimWord(w)] {
					return true
				}
			}
		}
	}
	return false
}
