package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// resolver turns mentions into entities. People are resolved before the
// names that may be their surnames, longer organisation names before their
// shorter forms. Maps keep it linear in the number of mentions.
type resolver struct {
	people, orgs []*entity
	bySurname    map[string][]*entity // folded surname, and its last word → people
	byPrefix     map[string][]*entity // first two letters of the folded surname → people, for typos
	byWord       map[string][]*entity // each folded word of a name of two words or more → people, for partOfName
	orgNames     map[string]*entity   // folded name, and its endings of two or more words → organisation
	orgFirst     map[string]*entity   // folded first word of a name of two words or more → organisation, or ambiguous
	lower        map[string]bool      // words seen in lower case in the article
	capitalMid   map[string]bool      // capitalised words seen inside sentences
}

// newResolver returns a resolver with empty maps.
func newResolver() resolver {
	return resolver{
		bySurname:  map[string][]*entity{},
		byPrefix:   map[string][]*entity{},
		byWord:     map[string][]*entity{},
		orgNames:   map[string]*entity{},
		orgFirst:   map[string]*entity{},
		lower:      map[string]bool{},
		capitalMid: map[string]bool{},
	}
}

// mref locates a mention in its paragraph.
type mref struct {
	p *para
	i int
}

func (r mref) m() *mention       { return &r.p.ments[r.i] }
func (r mref) words() []string   { return r.m().words(r.p.toks) }
func (r mref) word(k int) string { return r.m().word(r.p.toks, k) }
func (r mref) at() int           { return int(r.p.toks[r.m().lo].start) }
func (r mref) name() string      { return genName(r.p.toks, r.m(), strings.Join(r.words(), " ")) }
func (r mref) quoted() bool      { return r.p.toks[r.m().lo].quote >= 0 }
func (r mref) attach(e *entity) {
	r.m().ent = e
	e.addAlias(r.name())
	e.addTitle(r.m().title)
	if m := r.m(); m.post > 0 {
		for _, t := range r.p.toks[m.hi-m.post : m.hi] {
			e.addPost(t.text)
		}
	}
	e.addNick(r.m().nick.name)
}
func (r mref) n() int             { return r.p.n }
func (r mref) size() int          { return r.m().size() }
func (r mref) single() bool       { return r.size() == 1 }
func (r mref) hintIs(h hint) bool { return r.m().hint == h }

// resolve attaches every mention that names a person or organisation to
// its entity: full names with evidence of a person first, then titled
// surnames ("Mr. Okafor", "President Zelenskyy"), then organisations, then
// unknown names that speak ("Moscow says") or match a known entity.
func (rs *resolver) resolve(all []mref) {
	// A name whose last word is used alone elsewhere is a person's:
	// "Vladimir Petrov … Petrov said", "Tom Berg … Mr Berg".
	alone := map[string]bool{}
	for _, r := range all {
		if r.single() && (r.hintIs(unknown) && (!r.m().initial || r.m().speaks) || r.hintIs(person) && r.m().title != "") {
			alone[r.word(0)] = true
		}
		if n := r.size(); n > 1 && isParticle(r.word(0)) && r.m().speaks {
			alone[r.word(n-1)] = true // "da Cunha said" after "Tiago da Cunha"
		}
	}
	for _, r := range all {
		if r.hintIs(unknown) && r.size() > 1 && alone[r.word(r.size()-1)] && !isParticle(r.word(0)) {
			r.m().hint = person
		}
		if r.hintIs(unknown) && r.size() > 1 && r.m().pronounNext {
			r.m().hint = person
		}
		// "Halden Cave Rescue said on its website": a body that speaks,
		// unless a given name opens it ("Tom Hale said its roof leaked").
		if m := r.m(); m.itsNext && !m.pronounNext && m.title == "" && r.size() > 1 && !r.hintIs(organisation) && !lexicon.GivenName(r.word(0)) {
			m.hint = organisation
		}
	}
	initials := bracketedInitials(all)
	sameAsOrg(all)
	for _, r := range all {
		if r.hintIs(person) && !r.single() {
			rs.attachPerson(r)
		}
	}
	for _, r := range all {
		if r.hintIs(person) && r.single() {
			if e := rs.kinByFirstName(r); e != nil {
				r.attach(e)
				continue
			}
			rs.attachPerson(r)
		}
	}
	rs.officeInitials(all)
	// Longest names first, ties in article order (slices' stable sort:
	// sort.SliceStable's reflection-based swaps over a 4.5 MB article's
	// mentions were over a third of resolving them). Only the mentions
	// of organisations are sorted: the loop changes no other mention's
	// hint, and a stable sort keeps their order among themselves.
	var orgs []mref
	for _, r := range all {
		if r.hintIs(organisation) {
			orgs = append(orgs, r)
		}
	}
	slices.SortStableFunc(orgs, func(a, b mref) int { return b.size() - a.size() })
	for _, r := range orgs {
		if e := rs.findOrg(r); e != nil {
			r.attach(e)
		} else if e := rs.orgStartingWith(r); e != nil {
			r.attach(e)
		} else {
			rs.newOrg(r)
		}
		if acr, ok := initials[r]; ok {
			rs.nameInitials(acr, r.m().ent)
		}
	}
	rs.affiliations(all)
	rs.shortOrgNames(all)
	for _, r := range all {
		if r.hintIs(unknown) && r.m().ent == nil && r.m().speaks && rs.findPerson(r) == nil && rs.findOrg(r) == nil {
			if e := rs.partOfName(r); e != nil {
				r.m().hint = person
				r.attach(e)
			} else if e := rs.shortFormOf(r); e != nil {
				r.m().hint = person
				r.attach(e)
			} else if rs.nameLike(r) && !agedOne(r) {
				rs.newOrg(r) // "Tobias, 8, said" is a person's (bareName)
			}
		}
	}
	for _, r := range all {
		if r.hintIs(unknown) && r.m().ent == nil {
			if e := rs.findPerson(r); e != nil {
				r.attach(e)
			} else if e := rs.findOrg(r); e != nil {
				r.attach(e)
			} else if e := rs.givenAlone(r); e != nil {
				// "Kieran has not given up. He …": the given name of
				// someone named in full before, that says nothing, is
				// still whom the next "he" means.
				r.m().hint = person
				r.attach(e)
			}
		}
	}
	// What is left of two to four capitalised words, not a place and not
	// where places stand, names a person the article only mentions: "Dragan
	// Holub met the delegation".
	bare := false
	for _, r := range all {
		if r.hintIs(unknown) && r.m().ent == nil && (rs.bareName(r) || agedOne(r)) {
			r.m().hint = person
			rs.attachPerson(r)
			bare = true
		}
	}
	if !bare {
		return
	}
	// The surname alone of a person only mentioned is theirs, as any
	// other person's is: "Olu Adebayo trains the side. Adebayo, 41, …".
	for _, r := range all {
		if r.hintIs(unknown) && r.m().ent == nil && r.single() {
			if e := rs.findPerson(r); e != nil {
				r.attach(e)
			} else if e := rs.givenAlone(r); e != nil {
				r.m().hint = person
				r.attach(e)
			}
		}
	}
}

// newEntity makes an entity named by mention r.
func (rs *resolver) newEntity(r mref, k Kind) *entity {
	e := &entity{kind: k, words: r.words(), name: r.name(), gen: r.m().gen, first: r.n(), firstAt: r.at(), introAt: r.at()}
	r.attach(e)
	return e
}

// index files a person under their surname, for exact and fuzzy matches.
func (rs *resolver) index(e *entity) {
	sur := surname(e.words)
	full := fuzzy.Fold(strings.Join(sur, " "))
	last := fuzzy.Fold(sur[len(sur)-1])
	for _, key := range []string{full, last} {
		if !slices.Contains(rs.bySurname[key], e) {
			rs.bySurname[key] = append(rs.bySurname[key], e)
		}
	}
	if p := prefix2(full); !slices.Contains(rs.byPrefix[p], e) {
		rs.byPrefix[p] = append(rs.byPrefix[p], e)
	}
	rs.indexWords(e)
}

// attachPerson attaches a mention with evidence of a person to the person
// it names, creating one if needed. A fuller form of the name becomes the
// canonical name.
func (rs *resolver) attachPerson(r mref) {
	e := rs.findPerson(r)
	if e == nil {
		e = rs.partOfName(r)
	}
	if e == nil && r.single() {
		e = rs.nearPerson(r.word(0))
	}
	if e == nil {
		e = rs.shortFormOf(r)
	}
	if e == nil {
		honorificGiven(r)
		e = rs.newEntity(r, Person)
		rs.people = append(rs.people, e)
	} else {
		r.attach(e)
		if w := r.words(); len(w) > len(e.words) && !r.quoted() {
			e.words, e.name = w, withGeneration(strings.Join(w, " "), e.gen)
			if r.m().gen == e.gen {
				e.name = r.name()
			}
		}
	}
	rs.index(e)
	if g := titleSex(r.m().title); g != 0 {
		e.gender = g
	}
}

// findPerson returns the person a mention names: the same surname and, for
// a full name, a compatible first name (or initial); a full name may carry
// a typo in the surname. Of several people with one surname, the one
// introduced last before the mention wins.
func (rs *resolver) findPerson(r mref) *entity {
	var buf [8]string // see appendWords
	words := r.m().appendWords(buf[:0], r.p.toks)
	sur := fuzzy.Fold(strings.Join(surname(words), " "))
	// "De Vries said", "Le Pen said": a particle capitalised at the start
	// of a sentence still opens the surname, not a first name.
	full := len(words) > 1 && !isParticle(words[0])
	cands := rs.bySurname[sur]
	if full {
		for _, e := range rs.byPrefix[prefix2(sur)] {
			esur := fuzzy.Fold(strings.Join(surname(e.words), " "))
			if _, ok := lexicon.Near(sur, esur); ok && esur != sur {
				cands = append(cands[:len(cands):len(cands)], e)
			}
		}
	}
	keepGeneration(r, full, cands)
	if t := r.m().title; t != "" && !full && len(cands) > 1 {
		// "Ms Quarrie" after Ailsa Quarrie and her brother-in-law Callum
		// Quarrie: a title of one sex passes over the other's.
		cands = ofSex(cands, titleSex(t))
	}
	var best *entity
	for _, e := range cands {
		if full && len(e.words) > 1 && !sameGiven(words[0], e.words[0]) && !nickGiven(words[0], e) && !shortGiven(fuzzy.Fold(words[0]), fuzzy.Fold(e.words[0])) || !sameGeneration(r.m().gen, full, e) {
			continue
		}
		if best == nil || (e.introAt < r.at() && (best.introAt > r.at() || e.introAt > best.introAt)) {
			best = e
		}
	}
	// "Capt. Moreno" after Capt. Ines Moreno and reader Paul
	// Moreno: a title only one of them bears decides.
	if t := r.m().title; t != "" && !full && len(cands) > 1 {
		if e := titled(cands, t); e != nil {
			return e
		}
		if e := ofTitleSex(cands, t, r.at()); e != nil {
			return e
		}
	}
	return best
}
