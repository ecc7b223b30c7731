package answer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/quotes"
)

// quotedAnswer lists who the article quotes or reports, people first, each
// with their role where the article gives one and one short quotation (or,
// for those never quoted word for word, one reported statement), cited.
func (e *Engine) quotedAnswer(w wholeQuestion, history []Turn) Result {
	res := Result{Mode: Extractive, Citations: []Citation{}, Sources: []Source{}, Warnings: []string{}}
	speakers := e.castOf(true, w, history)
	people, orgs := countKinds(speakers)
	unnamed := e.unnamedSources(w, history)
	speakers = append(speakers, unnamed...)
	if len(speakers) == 0 {
		if w.more {
			res.Answer = "The article quotes nobody else."
			return res
		}
		// An answer, not an abstention: the quotation index is the whole
		// of what the article quotes.
		res.Answer = "The article quotes no one and reports no one's words."
		return res
	}
	var b strings.Builder
	who := counted(people, orgs)
	if len(unnamed) > 0 {
		who += fmt.Sprintf(", and %d unnamed %s", len(unnamed), pluralize(len(unnamed), "source", "sources"))
	}
	if w.more {
		fmt.Fprintf(&b, "Also quoted or reported: %s.\n", who)
	} else {
		fmt.Fprintf(&b, "The article quotes or reports %s.\n", who)
	}
	for i, sp := range speakers {
		if i == maxListed {
			fmt.Fprintf(&b, "…and %d more.\n", len(speakers)-maxListed)
			break
		}
		line, s, ok := e.excerpt(sp)
		if !ok {
			continue
		}
		n := res.cite(s.Para, s.Text, s.Start, s.End, e.structure.rank.Score(s.ID))
		name := e.named(sp)
		if i >= len(speakers)-len(unnamed) {
			name = unnamedLabel(sp.Name)
		}
		fmt.Fprintf(&b, "- %s%s [%d]\n", name, line, n)
	}
	res.Answer = strings.TrimSpace(b.String())
	return res
}

// mentionedAnswer lists everyone the article names, people with their
// roles, each cited to the sentence that first names them.
func (e *Engine) mentionedAnswer(w wholeQuestion, history []Turn) Result {
	res := Result{Mode: Extractive, Citations: []Citation{}, Sources: []Source{}, Warnings: []string{}}
	cast := e.castOf(false, w, history)
	people, orgs := countKinds(cast)
	if len(cast) == 0 {
		if w.more {
			res.Answer = "The article names nobody else."
			return res
		}
		res.Answer = "The article names no people or organisations."
		return res
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The article names %s.\n", counted(people, orgs))
	for i, sp := range cast {
		if i == maxListed {
			fmt.Fprintf(&b, "…and %d more.\n", len(cast)-maxListed)
			break
		}
		s, ok := e.firstMention(sp)
		if !ok {
			continue
		}
		n := res.cite(s.Para, s.Text, s.Start, s.End, e.structure.rank.Score(s.ID))
		fmt.Fprintf(&b, "- %s [%d]\n", e.named(sp), n)
	}
	res.Answer = strings.TrimSpace(b.String())
	return res
}

// castOf returns the people and then the organisations the article names
// (only those it quotes or reports, with quoted), most quoted first, less
// those an earlier answer listed when the question asks for more.
func (e *Engine) castOf(quoted bool, w wholeQuestion, history []Turn) []quotes.Speaker {
	var before string
	if w.more && len(history) > 0 {
		before = history[len(history)-1].Answer
	}
	var people, orgs []quotes.Speaker
	for _, sp := range e.quotes.Speakers() {
		if quoted && sp.Quotes+sp.Statements == 0 {
			continue
		}
		if before != "" && strings.Contains(before, sp.Name) {
			continue
		}
		if sp.Kind == quotes.Person {
			people = append(people, sp)
		} else {
			orgs = append(orgs, sp)
		}
	}
	return append(people, orgs...)
}

// unnamedSources returns the sources the article quotes or reports without
// naming them ("a senior official", "U.S. officials"), as the quotation
// index describes them, in article order.
func (e *Engine) unnamedSources(w wholeQuestion, history []Turn) []quotes.Speaker {
	named := map[string]bool{}
	for _, sp := range e.quotes.Speakers() {
		named[sp.Name] = true
	}
	var before string
	if w.more && len(history) > 0 {
		before = history[len(history)-1].Answer
	}
	var out []quotes.Speaker
	seen := map[string]bool{}
	add := func(name string) {
		if name == "" || named[name] || seen[name] || before != "" && strings.Contains(before, unnamedLabel(name)) {
			return
		}
		seen[name] = true
		out = append(out, quotes.Speaker{Name: name, Kind: quotes.Organisation})
	}
	for _, q := range e.quotes.Quotes() {
		add(q.Speaker)
	}
	for _, st := range e.quotes.Statements() {
		add(st.Speaker)
	}
	return out
}

// unnamedLabel names an unnamed source for a list: "official" reads "An
// unnamed source (official)"; a description with a capital ("U.S.
// officials") stays as it is.
func unnamedLabel(desc string) string {
	r, _ := utf8.DecodeRuneInString(desc)
	if !unicode.IsLower(r) {
		return desc
	}
	if strings.HasSuffix(desc, "s") {
		return "Unnamed sources (" + desc + ")"
	}
	return "An unnamed source (" + desc + ")"
}

// named is a speaker's name with the role the article gives them.
func (e *Engine) named(sp quotes.Speaker) string {
	if r := e.structure.roles[sp.Name]; r != "" {
		return sp.Name + " (" + r + ")"
	}
	return sp.Name
}

func countKinds(sps []quotes.Speaker) (people, orgs int) {
	for _, sp := range sps {
		if sp.Kind == quotes.Person {
			people++
		} else {
			orgs++
		}
	}
	return people, orgs
}

// counted says "3 people and 2 organisations" (or one of them alone).
func counted(people, orgs int) string {
	p := fmt.Sprintf("%d %s", people, pluralize(people, "person", "people"))
	o := fmt.Sprintf("%d %s", orgs, pluralize(orgs, "organisation or group", "organisations or groups"))
	switch {
	case orgs == 0:
		return p
	case people == 0:
		return o
	}
	return p + " and " + o
}

func pluralize(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
