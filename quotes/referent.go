package quotes

import (
	"cmp"
	"slices"

	"articlebot/lexicon"
)

// unnamedBefore returns the last unnamed source with the head noun hw
// described before offset at, or nil.
func (b *builder) unnamedBefore(hw string, at int) *unnamedSource {
	for i := len(b.unnamed) - 1; i >= 0; i-- {
		if u := &b.unnamed[i]; u.head == hw && u.at < at {
			return u
		}
	}
	return nil
}

// lastUnnamedOne returns the last unnamed source that is one person ("a
// senior figure at the club", not "officials" or "the family") described
// before offset at, or nil.
func (b *builder) lastUnnamedOne(at int) *unnamedSource {
	for i := len(b.unnamed) - 1; i >= 0; i-- {
		if u := &b.unnamed[i]; u.at < at && unnamedOne(u.name) {
			return u
		}
	}
	return nil
}

// lastRef returns the offset of the last reference to e before offset at,
// or -1.
func lastRef(e *entity, at int) int {
	last := -1
	for _, r := range e.refs {
		if r < at && r > last {
			last = r
		}
	}
	return last
}

// latest returns, of several people, the one the article named or
// described last before offset at (the first when none was).
func (b *builder) latest(people []*entity, at int) *entity {
	best, bestAt := people[0], -1
	for _, e := range people {
		for _, r := range e.refs {
			if r < at && r > bestAt {
				best, bestAt = e, r
			}
		}
	}
	return best
}

// unnamedAt returns the unnamed source described from token lo, the
// first of its sentence (after a conjunction at most), or nil.
func (b *builder) unnamedAt(p *para, lo int) *unnamedSource {
	if lo < len(p.toks) && p.toks[lo].isWord() && p.toks[lo].lowerIn(lexicon.Conjunctions) {
		lo++
	}
	if lo >= len(p.toks) || !p.toks[lo].isWord() || !p.toks[lo].lowerIn(lexicon.Indefinites) {
		return nil
	}
	at := int(p.toks[lo].start)
	i, ok := slices.BinarySearchFunc(b.unnamed, at, func(x unnamedSource, at int) int { return cmp.Compare(x.at, at) })
	if !ok {
		return nil
	}
	return &b.unnamed[i]
}

// nameFits reports whether an organisation may be called by the business
// noun: its name is not headed by a noun for another kind of body ("the
// company" is not the Northern Racing Authority, but may be Varga Bank).
func nameFits(e *entity, noun string) bool {
	head := e.nameHead()
	if head == noun || !lexicon.OrgNouns.Has(head) {
		return true
	}
	return lexicon.Businesses.Has(head) && (lexicon.Generic(noun) || lexicon.Generic(head))
}
