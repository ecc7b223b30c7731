package quotes

import (
	"slices"
	"sort"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// index freezes the builder's results.
func (b *builder) index() *Index {
	ix := &Index{quotes: b.quotes, statements: b.statements, bySentence: b.bySentence, ordinary: b.rs.lower, capitals: b.rs.capitalMid}
	n := 0
	for _, people := range b.sentPeople {
		if len(people) > 0 {
			n++
		}
	}
	ix.about = make(map[int][]string, n)
	for sid, people := range b.sentPeople {
		for _, e := range people {
			ix.about[sid] = append(ix.about[sid], e.name)
		}
	}
	seen := map[*entity]bool{}
	for _, p := range b.paras {
		for _, m := range p.ments {
			if e := m.ent; e != nil && !seen[e] {
				seen[e] = true
				e.first, e.firstAt = p.n, int(p.toks[m.lo].start)
			}
		}
	}
	ix.speakers = append(append(ix.speakers, b.rs.people...), b.rs.orgs...)
	sort.SliceStable(ix.speakers, func(i, j int) bool {
		a, c := ix.speakers[i], ix.speakers[j]
		if na, nc := a.quotes+a.statements, c.quotes+c.statements; na != nc {
			return na > nc
		}
		return a.firstAt < c.firstAt
	})
	given := map[string]int{}
	for _, e := range ix.speakers {
		if e.kind == Person && len(e.words) > 1 {
			given[fuzzy.Fold(trimDot(e.words[0]))]++
		}
	}
	for _, e := range ix.speakers {
		e.forms = forms(e, given)
	}
	ix.unnamed = append(b.unnamedSpeakers(), b.unnamedOrgs()...)
	noteHeads(ix.speakers)
	noteHeads(ix.unnamed)
	return ix
}

// unnamedSpeakers returns the unnamed sources the article quotes or
// reports, as people described by the article's words ("a senior
// Valdorian official"), for lookups by role.
func (b *builder) unnamedSpeakers() []*entity {
	count := map[string]int{}
	for _, q := range b.quotes {
		count[q.Speaker]++
	}
	for _, s := range b.statements {
		count[s.Speaker]++
	}
	var out []*entity
	for _, u := range b.unnamed {
		if count[u.name] == 0 || slices.ContainsFunc(out, func(e *entity) bool { return e.name == u.name }) {
			continue
		}
		e := &entity{name: u.name, kind: Person, firstAt: u.at, introAt: u.at, quotes: count[u.name]}
		e.addRole(u.name)
		out = append(out, e)
	}
	// A source the attribution names by a description no sentence
	// registered as one ("One of them, who asked not to be named, said"
	// after "Two people familiar with the plans": "a person familiar with
	// the plans").
	named := map[string]bool{}
	for _, es := range [][]*entity{b.rs.people, b.rs.orgs, out} {
		for _, e := range es {
			named[e.name] = true
		}
	}
	for _, q := range b.quotes {
		if q.Speaker == "" || named[q.Speaker] || !lexicon.Indefinites.Has(strings.ToLower(firstWord(q.Speaker))) {
			continue
		}
		named[q.Speaker] = true
		e := &entity{name: q.Speaker, kind: Person, firstAt: q.Start, introAt: q.Start, quotes: count[q.Speaker]}
		e.addRole(q.Speaker)
		out = append(out, e)
	}
	return out
}
