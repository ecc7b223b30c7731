package quotes

import (
	"sort"
	"strings"
)

// entity is a person or organisation named in the article.
type entity struct {
	name       string
	kind       Kind
	words      []string // the canonical name's words
	aliases    []string // surface forms seen, canonical first
	first      int      // paragraph of the first mention
	firstAt    int      // offset of the first mention
	at         []int    // offsets of all mentions, ascending
	gender     byte     // 'm', 'f' or 0 when unknown
	quotes     int
	statements int
	forms      []form // ways to write the name, for lookups
}

func (e *entity) addAlias(s string) {
	for _, a := range e.aliases {
		if a == s {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// surname returns the family name of a person's words: from the first
// particle on ("von der Leyen"), else the last word before any suffix.
func surname(words []string) []string {
	for len(words) > 1 && suffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	for i := 1; i < len(words)-1; i++ {
		if particles[words[i]] {
			return words[i:]
		}
	}
	if len(words) > 0 && particles[words[0]] {
		return words
	}
	return words[len(words)-1:]
}

// resolver turns mentions into entities. People are resolved before the
// names that may be their surnames, longer organisation names before their
// shorter forms.
type resolver struct {
	people, orgs []*entity
	lower        map[string]bool // words seen in lower case in the article
	capitalMid   map[string]bool // capitalised words seen inside sentences
}

// mref locates a mention in its paragraph.
type mref struct {
	p *para
	i int
}

func (r mref) m() *mention        { return &r.p.ments[r.i] }
func (r mref) words() []string    { return r.m().words(r.p.toks) }
func (r mref) at() int            { return r.p.toks[r.m().lo].start }
func (r mref) name() string       { return strings.Join(r.words(), " ") }
func (r mref) quoted() bool       { return r.p.toks[r.m().lo].quote >= 0 }
func (r mref) attach(e *entity)   { r.m().ent = e; e.addAlias(r.name()); e.at = append(e.at, r.at()) }
func (r mref) n() int             { return r.p.n }
func (r mref) single() bool       { return r.m().hi-r.m().lo == 1 }
func (r mref) hintIs(h hint) bool { return r.m().hint == h }

func (rs *resolver) resolve(all []mref) {
	// A name whose last word is used alone elsewhere is a person's:
	// "Vladimir Petrov … Petrov said".
	alone := map[string]bool{}
	for _, r := range all {
		if r.single() && r.hintIs(unknown) && (!r.m().initial || r.m().speaks) {
			alone[r.words()[0]] = true
		}
	}
	for _, r := range all {
		if w := r.words(); r.hintIs(unknown) && len(w) > 1 && alone[w[len(w)-1]] && !particles[w[0]] {
			r.m().hint = person
		}
	}
	for _, r := range all {
		if r.hintIs(person) && !r.single() {
			rs.attachPerson(r)
		}
	}
	for _, r := range all {
		if r.hintIs(person) && r.single() {
			rs.attachPerson(r)
		}
	}
	orgs := append([]mref(nil), all...)
	sort.SliceStable(orgs, func(i, j int) bool { return len(orgs[i].words()) > len(orgs[j].words()) })
	for _, r := range orgs {
		if r.hintIs(organisation) {
			if e := rs.findOrg(r.words()); e != nil {
				r.attach(e)
			} else {
				rs.orgs = append(rs.orgs, rs.newEntity(r, Organisation))
			}
		}
	}
	for _, r := range all {
		if r.hintIs(unknown) && r.m().speaks && rs.nameLike(r) && rs.findPerson(r) == nil && rs.findOrg(r.words()) == nil {
			rs.orgs = append(rs.orgs, rs.newEntity(r, Organisation))
		}
	}
	for _, r := range all {
		if r.hintIs(unknown) && r.m().ent == nil {
			if e := rs.findPerson(r); e != nil {
				r.attach(e)
			} else if e := rs.findOrg(r.words()); e != nil {
				r.attach(e)
			}
		}
	}
	for _, e := range append(append([]*entity(nil), rs.people...), rs.orgs...) {
		sort.Ints(e.at)
	}
}

func (rs *resolver) newEntity(r mref, k Kind) *entity {
	e := &entity{kind: k, words: r.words(), name: r.name(), first: r.n(), firstAt: r.at()}
	r.attach(e)
	return e
}

// attachPerson attaches a mention with evidence of a person to the person
// it names, creating one if needed. A fuller form of the name becomes the
// canonical name.
func (rs *resolver) attachPerson(r mref) {
	e := rs.findPerson(r)
	if e == nil && r.single() {
		e = rs.nearPerson(r.words()[0])
	}
	if e == nil {
		e = rs.newEntity(r, Person)
		rs.people = append(rs.people, e)
	} else {
		r.attach(e)
		if w := r.words(); len(w) > len(e.words) && !r.quoted() {
			e.words, e.name = w, strings.Join(w, " ")
		}
	}
	switch t := r.m().title; {
	case femaleTitles[t]:
		e.gender = 'f'
	case maleTitles[t]:
		e.gender = 'm'
	}
}

// findPerson returns the person a mention names exactly: the same surname
// and, for a full name, a compatible first name (or initial). Of several
// people with one surname, the one mentioned last before it wins.
func (rs *resolver) findPerson(r mref) *entity {
	words := r.words()
	sur := fold(strings.Join(surname(words), " "))
	full := len(words) > 1 && !particles[words[0]]
	var best *entity
	bestAt := -1
	for _, e := range rs.people {
		esur := surname(e.words)
		if sur != fold(strings.Join(esur, " ")) && sur != fold(esur[len(esur)-1]) {
			if !full {
				continue
			}
			if _, ok := near(sur, fold(strings.Join(esur, " "))); !ok {
				continue
			}
		}
		if full && len(e.words) > 1 && !sameGiven(words[0], e.words[0]) {
			continue
		}
		last := -1
		for _, at := range e.at {
			if at < r.at() {
				last = at
			}
		}
		if best == nil || last > bestAt {
			best, bestAt = e, last
		}
	}
	return best
}

// nearPerson returns the one person whose surname is a spelling variant of
// w (Zelenskyy for Zelenskiy).
func (rs *resolver) nearPerson(w string) *entity {
	var found *entity
	for _, e := range rs.people {
		esur := surname(e.words)
		if _, ok := near(fold(w), fold(esur[len(esur)-1])); ok {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

func sameGiven(a, b string) bool {
	a, b = fold(trimDot(a)), fold(trimDot(b))
	if a == b {
		return true
	}
	if len([]rune(a)) == 1 {
		return strings.HasPrefix(b, a)
	}
	if len([]rune(b)) == 1 {
		return strings.HasPrefix(a, b)
	}
	return false
}

// findOrg returns the organisation with this name, or whose name ends with
// these two or more words ("Port Authority").
func (rs *resolver) findOrg(words []string) *entity {
	name := fold(strings.Join(words, " "))
	for _, e := range rs.orgs {
		if fold(e.name) == name {
			return e
		}
		if len(words) >= 2 && len(e.words) > len(words) && strings.HasSuffix(fold(e.name), " "+name) {
			return e
		}
	}
	return nil
}

// nameLike reports whether an unknown one-word name is a proper name and
// not a capitalised common word: "Moscow says" but not "Experts suggested".
func (rs *resolver) nameLike(r mref) bool {
	if !r.m().initial {
		return true
	}
	w := r.words()[0]
	lw := strings.ToLower(w)
	if generics[lw] || rs.lower[lw] {
		return false
	}
	if rs.capitalMid[w] {
		return true
	}
	return !strings.HasSuffix(lw, "s")
}
