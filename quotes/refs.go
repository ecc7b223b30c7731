package quotes

import (
	"slices"
	"sort"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// noteReferences records where the article names each entity, and where a
// definite description picks out one person by role ("The foreign
// minister dismissed the criticism"), then gives each bare surname shared
// by several people to the one named or described last before it: after
// "The foreign minister …", "Kovač said" is the minister, not the MP of
// the same name introduced later.
//
// The references are found paragraph by paragraph on every core (a role
// lookup reads every person's roles: about half of this pass on a 4.5 MB
// article) and recorded after, in article order.
func (b *builder) noteReferences() {
	type use struct {
		p *para
		m *mention
	}
	var shared []use
	found := make([][]reference, len(b.paras))
	forParas(b.paras, b.workers, func(k int) { found[k] = b.findReferences(b.paras[k]) })
	for k, refs := range found {
		for _, r := range refs {
			switch {
			case r.shared != nil:
				shared = append(shared, use{b.paras[k], r.shared})
			case r.described:
				r.e.refs = append(r.e.refs, r.at)
				r.e.described = append(r.e.described, r.at)
			default:
				r.e.refs = append(r.e.refs, r.at)
			}
		}
	}
	for _, e := range b.rs.people {
		sort.Ints(e.refs)
	}
	b.markSeniority()
	for _, u := range shared {
		all := b.rs.bySurname[fuzzy.Fold(u.p.toks[u.m.lo].text)]
		at := int(u.p.toks[u.m.lo].start)
		g := pronounAfter(u.p, u.m)
		if e := b.namesake(u.p, u.m, all, at, g); e != nil {
			b.settleShared(u.m, e, at)
			continue
		}
		cands := principals(all)
		if g != 0 {
			// "Lindahl said nothing as she left": the Lindahl who is a she.
			var fit []*entity
			for _, c := range cands {
				if c.gender == g {
					fit = append(fit, c)
				}
			}
			if len(fit) > 0 {
				cands = fit
			}
		}
		e := b.latest(cands, at)
		if called := bareBefore(cands); called != nil && called != e && !describedLast(e, at) {
			// A shared surname alone keeps meaning whom the article
			// already calls by it alone ("Quinn said … Quinn's
			// predecessor, Alan Quinn, … Quinn wrote" is still Sarah),
			// unless the other was just described by role ("The foreign
			// minister dismissed it. … Kral said").
			e = called
		}
		b.settleShared(u.m, e, at)
	}
}

// settleShared gives the shared surname at mention m, at offset at, to e.
func (b *builder) settleShared(m *mention, e *entity, at int) {
	m.ent = e
	e.bare++
	i := sort.SearchInts(e.refs, at)
	e.refs = append(e.refs[:i], append([]int{at}, e.refs[i:]...)...)
}

// reference is one that findReferences finds: where the article names or
// describes an entity, or a bare surname that several people share, left
// to noteReferences to settle.
type reference struct {
	e         *entity
	at        int
	described bool     // a definite description by role
	shared    *mention // the shared surname
}

// findReferences returns the references of paragraph p, in order: its
// mentions, then its definite descriptions that pick out one person. It
// reads what the passes before noteReferences settled (names, roles) and
// writes nothing, so paragraphs may be read at once.
func (b *builder) findReferences(p *para) []reference {
	var out []reference
	for i := range p.ments {
		m := &p.ments[i]
		if m.ent == nil {
			continue
		}
		if m.ent.kind == Person && m.size() == 1 && m.gen == "" && len(b.rs.bySurname[fuzzy.Fold(p.toks[m.lo].text)]) > 1 {
			out = append(out, reference{shared: m})
			continue
		}
		out = append(out, reference{e: m.ent, at: int(p.toks[m.lo].start)})
	}
	for k, t := range p.toks {
		if !t.isWord() || t.quote >= 0 || !t.lowerIn(lexicon.Definites) || afterPreposition(p.toks, k) {
			continue // "no relation of the foreign minister" is not about the minister
		}
		if people := b.roleReference(p, k); len(people) == 1 {
			out = append(out, reference{e: people[0], at: int(t.start), described: true})
		}
	}
	return out
}

// roleReference returns the people a definite description starting at
// token k may mean: "the foreign minister" (not followed by the name, which
// would make it a title or an apposition).
func (b *builder) roleReference(p *para, k int) []*entity {
	toks := p.toks
	head := -1
	for j := k + 1; j < len(toks) && j < k+5 && toks[j].isWord() && toks[j].sent == toks[k].sent; j++ {
		if p.mentAt[j] >= 0 && !toks[j].poss {
			return nil
		}
		if lexicon.IsRole(toks[j].text) && !toks[j].capital() {
			head = j
			if j+1 < len(toks) && toks[j+1].isWord() && lexicon.IsRole(toks[j+1].text) {
				continue
			}
			break
		}
	}
	if head < 0 || toks[head].poss {
		return nil
	}
	if n := head + 1; n < len(toks) && (p.mentAt[n] >= 0 || toks[n].is(",") && n+1 < len(toks) && toks[n+1].capital()) {
		return nil // "the mayor, Jane Doe," or "the mayor Jane Doe": an introduction
	}
	return byRole(b.rs.people, strings.Fields(strings.ToLower(phrase(toks, k+1, head+1))))
}

// principals drops, from people who share a surname, those the article
// introduces only as someone's relative ("his wife Pauline Aldous"), unless
// that leaves no one: newspapers call a relative by the first name and keep
// the bare surname for the person the story is about.
func principals(cands []*entity) []*entity {
	var out []*entity
	for _, e := range cands {
		kin := false
		for w := range e.roleWords {
			kin = kin || lexicon.Kin.Has(w)
		}
		if !kin {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// pronounAfter returns the gender of the first "he", "his", "she" or "her"
// after a mention in its sentence or the next of its paragraph, outside
// quotations, before any other name, or 0.
func pronounAfter(p *para, m *mention) byte {
	// In the name's sentence or the next of the paragraph: "Carvalho
	// shrugs it off. “…,” she says."
	for k := m.hi; k < len(p.toks) && p.toks[k].sent <= p.toks[m.lo].sent+1; k++ {
		if p.mentAt[k] >= 0 && p.toks[k].quote < 0 {
			return 0
		}
		if t := p.toks[k]; t.isWord() && t.quote < 0 {
			if g := lexicon.PronounGender(t.lower()); g != 0 {
				return g
			}
		}
	}
	return 0
}

// bareBefore returns the one candidate the article has already called by
// the shared surname alone, or nil.
func bareBefore(cands []*entity) *entity {
	var called *entity
	for _, c := range cands {
		if c.bare > 0 {
			if called != nil {
				return nil
			}
			called = c
		}
	}
	return called
}

// describedLast reports whether e's last reference before offset at is a
// description by role.
func describedLast(e *entity, at int) bool {
	last := -1
	for _, r := range e.refs {
		if r < at {
			last = r
		}
	}
	return last >= 0 && slices.Contains(e.described, last)
}
