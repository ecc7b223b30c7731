package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// maxBodyModifiers is the most words between "the" and the noun of an
// unnamed body: "the league's disciplinary committee", "the council's
// planning and licensing committee".
const maxBodyModifiers = 4

// ownedBody reads a body the article describes without naming at token k:
// "the" with a possessive owner among up to four words before a noun for
// an organisation ("the league's disciplinary committee", "the council's
// planning committee"). A later "the committee said" is that body, not
// the organisation named last. A name right after the noun ("the
// league's committee chair Ana Ruiz", "the club's board, Halbrook
// Holdings,") or "of" makes it no body of its own.
func ownedBody(p *para, k int) (unnamedSource, bool) {
	toks := p.toks
	t := toks[k]
	if !t.isWord() || t.quote >= 0 || !t.lowerIs("the") {
		return unnamedSource{}, false
	}
	owned := false
	for h := k + 1; h < len(toks) && h <= k+maxBodyModifiers+1 && toks[h].isWord() && toks[h].sent == t.sent && toks[h].quote < 0; h++ {
		w := toks[h].lower()
		if toks[h].poss || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			owned = true
			continue
		}
		if toks[h].capital() || lexicon.FunctionWords.Has(w) && w != "and" || lexicon.Prepositions.Has(w) {
			return unnamedSource{}, false
		}
		if !lexicon.OrgNouns.Has(w) || !owned || h+1 < len(toks) && toks[h+1].isWord() && lexicon.OrgNouns.Has(toks[h+1].lower()) {
			continue
		}
		if n := h + 1; n < len(toks) && (toks[n].capital() || toks[n].is("of") || toks[n].is(",") && n+1 < len(toks) && p.mentAt[n+1] >= 0) {
			return unnamedSource{}, false
		}
		return unnamedSource{name: "the " + phrase(toks, k+1, h+1), head: fuzzy.Fold(w), at: int(t.start)}, true
	}
	return unnamedSource{}, false
}

// onlyDescribed returns the one organisation the article calls by the
// noun in the sentence that names it ("Halbrook Rovers … after the club
// confirmed"), so that a later "the club said" is that organisation; nil
// when none or several are. A description with no name in its sentence
// ("Brock Athletic beat Fell Rovers. The federation said …") is no
// evidence of what it refers to.
func (b *builder) onlyDescribed(noun string) *entity {
	if e := b.kindOf[noun]; e != ambiguous {
		return e
	}
	return nil
}

// noteKind records that the article calls organisation e by the noun w
// in the sentence that names it.
func (b *builder) noteKind(w string, e *entity) {
	if b.kindOf == nil {
		b.kindOf = map[string]*entity{}
	}
	switch prev := b.kindOf[w]; {
	case prev == nil:
		b.kindOf[w] = e
	case prev != e:
		b.kindOf[w] = ambiguous
	}
}

// sentenceOrg returns the one organisation named before token k in its
// sentence, outside quotations ("lead Halbrook Rovers into the final after
// the club confirmed"), or nil when none or several are. A dateline's
// agency is none of them.
func sentenceOrg(p *para, k int) *entity {
	var found *entity
	for _, m := range p.ments {
		if m.lo >= k || p.toks[m.lo].sent != p.toks[k].sent || p.toks[m.lo].quote >= 0 || m.ent == nil || m.ent.wire {
			continue
		}
		if m.ent.kind == Organisation {
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
	}
	return found
}

// describedAs returns, when some organisation the article calls by the
// noun ("The company that operates the ferries, Selkie Lines,") is not
// among the ones whose names hold it (named: "Harbour Fibre Works"),
// whichever of them all the article named last before offset at outside
// quotations: a name inside the quotation being attributed ("“… with
// Harbour Fibre Works,” the company said") is no antecedent. It
// returns nil when no such organisation is.
func (b *builder) describedAs(noun string, named []*entity, at int) *entity {
	cands := named
	for _, e := range b.rs.orgs {
		if e.roleWords[noun] && !slices.Contains(named, e) && lastRef(e, at) >= 0 {
			cands = append(cands[:len(cands):len(cands)], e)
		}
	}
	if len(cands) == len(named) {
		return nil
	}
	var best *entity
	for _, n := range b.order {
		if n.at >= at {
			break
		}
		if slices.Contains(cands, n.e) {
			best = n.e
		}
	}
	return best
}
