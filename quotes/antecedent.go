package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// pronoun resolves "he" or "she" to the subject of the nearest earlier
// sentence that has a person of a compatible gender, and "it" or "they" to
// the nearest earlier sentence's organisation.
//
// Across paragraphs the article's main person of that gender (see
// salient) comes first: past four sentences, and over a person the
// paragraphs before named only in passing.
func (b *builder) pronoun(sent int, w string) *entity {
	if lexicon.OrgPronouns.Has(w) {
		for s := sent - 1; s >= 0 && s >= sent-3; s-- {
			if e := b.orgIn(s); e != nil {
				return e
			}
		}
		return nil
	}
	want := byte('m')
	if w == "she" {
		want = 'f'
	}
	main := b.salient(want)
	for s := sent - 1; s >= 0 && s >= sent-4; s-- {
		for _, e := range b.peopleIn(s) {
			if e.gender != 0 && e.gender != want {
				continue
			}
			if main != nil && e != main && b.inPassing(e, s, sent, main) {
				return main
			}
			e.gender = want
			return e
		}
	}
	// Past a stretch of figures, background or an interview's questions,
	// "she said" goes back to the person of that gender the article has
	// referred to most so far: the one it is about.
	return main
}

// noteSubjects records who sentence sid is about, for pronouns in later
// sentences: the people and the first organisation named outside
// quotations, in order (a leading "he" or "it" counts as its referent),
// then the speakers attributed in it.
func (b *builder) noteSubjects(p *para, sid int, spoke []who) {
	lo, hi := p.sentRange(sid)
	var refs, owners []*entity
	src := ""
	if len(spoke) > 0 && spoke[0].ent == nil && unnamedOne(spoke[0].generic) {
		// "A worker, who asked that his name not be used, said": the
		// sentence's pronouns are the source's.
		src = spoke[0].generic
	} else if u := b.unnamedAt(p, lo); u != nil && unnamedOne(u.name) {
		// "Another official, a steward at Newbridge, disputed that.
		// ‘…,’ he said": a source the sentence opens with.
		src = u.name
	}
	// Read once, not for every word: nothing below writes the map before
	// the loop ends.
	prevSource := b.sentSource[sid-1]
	for j := lo; j < hi; j++ {
		t := p.toks[j]
		if !t.isWord() || t.quote >= 0 || t.title {
			continue
		}
		if mi := p.mentAt[j]; mi >= 0 {
			if e := p.ments[mi].ent; e != nil && p.ments[mi].lo == j {
				if p.toks[p.ments[mi].hi-1].poss {
					// "Lloyd's daughter, Nia, is …": the owner comes
					// after whom the sentence is about.
					owners = append(owners, e)
					continue
				}
				if src != "" && strings.Contains(src+" ", " "+e.name+" ") {
					continue // "a widower from Marlow Fen": the source's place
				}
				if e.kind == Person && e.gender == 0 && afterPreposition(p.toks, p.ments[mi].runLo) {
					// "Trains east of Carter Wells are suspended": a name
					// of no known sex after a preposition is a place
					// more often than whom a "she" next means.
					continue
				}
				refs = append(refs, e)
			}
		} else if w := t.lower(); j == lo && src == "" && (w == "his" || w == "her") {
			// "Her husband, Luis Carvalho, joined her": the sentence is
			// about her first, then him.
			pro := "he"
			if w == "her" {
				pro = "she"
			}
			e := b.kinOwner(p, j)
			if e == nil {
				e = b.pronoun(sid, pro)
			}
			if b.namedAfterOwner(p, j, lexicon.PronounGender(w)) != nil {
				owners = append(owners, e)
			} else {
				refs = append(refs, e)
			}
		} else if prev := prevSource; prev != "" && len(refs) == 0 && src == "" && (w == "he" || w == "she") && opensClause(p.toks, lo, j) {
			// "A retired postman, who …, says …. But he comes for the
			// noise.": the source goes on being whom "he" means.
			src = prev
		} else if (lexicon.PersonPronouns.Has(w) && len(refs) == 0 && src == "") || (lexicon.OrgPronouns.Has(w) && verbAfter(p.toks, j+1)) {
			refs = append(refs, b.pronoun(sid, w))
		} else if lexicon.Definites.Has(w) && !afterPreposition(p.toks, j) {
			// "The captain, who …": a role that picks out one person.
			if people := b.roleReference(p, j); len(people) == 1 {
				refs = append(refs, people[0])
			} else if e := b.orgDescribed(p, j); e != nil {
				// "The committee upheld …. It rejected …": the body
				// "it" goes on meaning.
				refs = append(refs, e)
			}
		}
	}
	refs = append(refs, owners...)
	if src != "" && !slices.ContainsFunc(refs, func(e *entity) bool { return e != nil && e.kind == Person }) {
		// An organisation in the sentence ("a senior figure at Wexley
		// said the club …") leaves "he" the source's.
		b.sentSource[sid] = src
	}
	for _, w := range spoke {
		refs = append(refs, w.ent)
	}
	// Gathered here and stored once: the three maps of sentences were a
	// third of this function's time when written for every referent.
	first, people, org := b.anyIn(sid), b.peopleIn(sid), b.orgIn(sid)
	for _, e := range refs {
		if e == nil {
			continue
		}
		if first == nil {
			first = e
		}
		if e.kind == Person && !slices.Contains(people, e) {
			people = append(people, e)
		}
		if e.kind == Organisation && org == nil {
			org = e
		}
	}
	if first != nil {
		b.sentAny[sid] = first
	}
	if len(people) > 0 {
		b.sentPeople[sid] = people
		b.countRefs(sid, people)
	}
	if org != nil {
		b.sentOrg[sid] = org
	}
}

// markPronounNext marks the names followed, in their sentence or the next
// (which may open the next paragraph), by "he", "she", "his" or "her"
// before any other name: "Rosa Marchetti spoke at the launch. Her book …"
// names a person.
func markPronounNext(paras []*para) {
	var open *mention
	var openSent int
	for _, p := range paras {
		for k, t := range p.toks {
			if open != nil && int(t.sent) > openSent+1 {
				open = nil
			}
			if mi := p.mentAt[k]; mi >= 0 && t.quote < 0 {
				if m := &p.ments[mi]; m.lo == k && !afterPreposition(p.toks, m.runLo) && !inAddress(p.toks, m.runLo) {
					open, openSent = m, int(t.sent)
				}
				continue
			}
			if open != nil && t.isWord() && t.quote < 0 {
				switch t.lower() {
				case "he", "she", "his", "her":
					open.pronounNext = true
					open = nil
				case "its":
					open.itsNext = true
					open = nil
				}
			}
		}
	}
}

// opensClause reports whether token j opens the sentence that starts at
// lo, or follows only a conjunction there: "He …", "But he …".
func opensClause(toks []token, lo, j int) bool {
	return j == lo || j == lo+1 && toks[lo].isWord() && lexicon.Conjunctions.Has(toks[lo].lower())
}

// kinOwner returns whose relative a possessive pronoun at k introduces
// when the relative's name shares a surname with one other person: in
// "Her brother, Callum Tillesley, …" the "her" is the Tillesley the
// article named before, whoever the sentence before was about. Else nil.
func (b *builder) kinOwner(p *para, k int) *entity {
	toks := p.toks
	if w := toks[k].text; w != "his" && w != "her" && w != "His" && w != "Her" || k+2 >= len(toks) || !lexicon.Kin.Has(toks[k+1].lower()) {
		return nil
	}
	n := k + 2
	if toks[n].is("and") {
		// "His son and business partner, Aldo Varden,"
		for n < len(toks) && n <= k+6 && toks[n].isWord() && !toks[n].capital() {
			n++
		}
	}
	if n < len(toks) && toks[n].is(",") {
		n++
	}
	if n >= len(toks) || p.mentAt[n] < 0 {
		return nil
	}
	kin := p.ments[p.mentAt[n]].ent
	if kin == nil || kin.kind != Person || len(kin.words) < 2 {
		return nil
	}
	sur := surname(kin.words)
	var owner *entity
	g := lexicon.PronounGender(toks[k].lower())
	for _, e := range b.rs.bySurname[fuzzy.Fold(sur[len(sur)-1])] {
		if e != kin && sexFits(e, g) {
			if owner != nil {
				return nil
			}
			owner = e
		}
	}
	return owner
}

// orgDescribed returns the organisation a definite description opening
// its clause at token k refers to, "The committee" or "The committee's
// report" for the Research Committee the article named: the noun right
// after "the" is one organisations are called by. Else nil.
func (b *builder) orgDescribed(p *para, k int) *entity {
	toks := p.toks
	if !toks[k].is("the") && !toks[k].is("The") || !opensClause(toks, b.clauseStart(p, k), k) || k+1 >= len(toks) {
		return nil
	}
	n := toks[k+1]
	w, _ := trimPossessive(n.lower())
	if !n.isWord() || n.capital() || n.quote >= 0 || p.mentAt[k+1] >= 0 || !(lexicon.OrgNouns.Has(w) || b.orgNoun(w)) {
		return nil
	}
	return b.orgNamed(fuzzy.Fold(w), int(n.sent), int(n.start))
}

// clauseStart returns the first token of the sentence of token k.
func (b *builder) clauseStart(p *para, k int) int {
	lo, _ := p.sentRange(int(p.toks[k].sent))
	return lo
}
