package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// collectRoles gathers what the article says each person is, from the
// words around their names: a title ("Mayor Jane Doe", "Chief Financial
// Officer Arjun Mehta"), a role set off before the name ("Lutovia's foreign
// minister, Tomasz Kovač,"), an apposition after it ("Marcus Bell, the owner
// of a bicycle shop"), a relative clause that gives a role ("who chairs the
// transportation committee") and a passive one ("the committee, chaired by
// Rep. Glen Farrow").
func (b *builder) collectRoles() {
	b.noteGenders()
	for _, p := range b.paras {
		for i := range p.ments {
			m := &p.ments[i]
			e := m.ent
			if e == nil || p.toks[m.lo].quote >= 0 {
				continue
			}
			found := []described{b.roleBefore(p, m, e), b.roleAfter(p, m, e)}
			if e.kind == Organisation {
				found = append(found, orgPremodifier(p, m))
			}
			if e.kind == Person {
				found = append(found, b.titleRole(p, m), described{text: roleByVerb(p, m)},
					described{text: roleByPassive(p, m)}, b.rolePredicate(p, m))
			}
			for _, r := range found {
				if r.text != "" {
					e.addOwnedRole(r.text, r.owner)
				}
			}
		}
	}
	b.institutionalRoles()
	b.orgDescriptions()
}

// described is a description found for an entity and whose it is.
type described struct {
	text  string
	owner *entity
}

// titleRole is the title run before a name with the role words and
// modifiers just before it, in the article's words, abbreviated titles
// spelled out: "state Sen." gives "state Senator", "City Manager" "City
// Manager", "Assistant U.S. Attorney" "Assistant U.S. Attorney",
// "defence lawyer Nadia Farouk" "defence lawyer". A name just before the
// title says whose it is and stays in the description ("Trump envoy Steve
// Witkoff", "Ukraine President Volodymyr Zelenskiy", "Germany’s outgoing
// Chancellor Olaf Scholz"); a name of nothing the article knows is a
// modifier ("French President", "Port Calder coach").
func (b *builder) titleRole(p *para, m *mention) described {
	lo := titleStart(p, m)
	var words []string
	for _, t := range p.toks[lo:m.lo] {
		if !t.isWord() {
			continue
		}
		w := trimDot(t.text)
		// Courtesy titles ("Dr.", "Mr.") say nothing of what a person does.
		if lexicon.Courtesy.Has(w) {
			continue
		}
		if ex := lexicon.Expand(strings.ToLower(w)); len(ex) == 1 && strings.HasSuffix(t.text, ".") {
			w = ex[0]
			if t.capital() {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
		} else {
			w = t.text
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return described{}
	}
	d := described{}
	if k := lo - 1; k >= 0 && p.mentAt[k] >= 0 && p.toks[k].sent == p.toks[m.lo].sent && p.toks[k].quote < 0 {
		if om := &p.ments[p.mentAt[k]]; om.ent != nil || om.hi-om.lo <= 3 {
			d.owner = om.ent
			words = append(strings.Fields(phrase(p.toks, om.lo, om.hi)), words...)
		}
	}
	d.text = strings.Join(words, " ")
	return d
}

// titleStart walks back from a name over its title: title words, dotted
// abbreviations ("U.S."), role adjectives and role nouns, and up to two
// plain words just before a role noun ("defence lawyer").
func titleStart(p *para, m *mention) int {
	toks := p.toks
	lo, sent := m.runLo, toks[m.lo].sent
	plain := 0
	for lo > 0 {
		t := toks[lo-1]
		if !t.isWord() || t.sent != sent || t.quote >= 0 || t.poss {
			break
		}
		w := t.lower()
		switch {
		case lexicon.RoleAdjectives.Has(w) || lexicon.IsTitleWord(t.text) || !t.capital() && lexicon.IsRole(w):
			plain = 0
		case strings.Contains(t.text, ".") && t.text == strings.ToUpper(t.text):
		case t.capital() && lo < m.runLo && !toks[lo].capital() && lexicon.IsRole(toks[lo].text) && sentenceInitial(toks, lo-1) &&
			!lexicon.SentenceStarters.Has(t.text) && (p.mentAt[lo-1] < 0 || p.ments[p.mentAt[lo-1]].ent == nil):
			// "Council member Raymond T. Okafor" opening a sentence.
			return lo - 1
		case !t.capital() && plain < 2 && lo < m.runLo && lexicon.IsRole(toks[lo].text) &&
			!lexicon.FunctionWords.Has(w) && !lexicon.SpeechVerbs.Has(w) && !lexicon.FrameVerbs.Has(w) && !lexicon.Auxiliaries.Has(w):
			plain++
		default:
			return lo
		}
		lo--
	}
	return lo
}

// roleBefore is a role set off by a comma before the name: "Lutovia's
// foreign minister, Tomasz Kovač," or "The bill's sponsor, state Sen. …",
// "her younger brother, Luis Ortega,", "The developer behind Ashgrove,
// Fenwick Homes,". The description runs back from its head noun to a
// determiner, a possessive (which says whose the role is) or a word that
// cannot be part of it.
func (b *builder) roleBefore(p *para, m *mention, e *entity) described {
	toks := p.toks
	c := m.runLo - 1
	if e.kind == Person {
		c = titleStart(p, m) - 1
	}
	if c < 1 || !toks[c].is(",") || toks[c].sent != toks[m.lo].sent {
		return described{}
	}
	head, end := c-1, c
	// "the developer behind Ashgrove": a head noun with a short complement.
	if !isHead(e.kind, toks[head].text) || toks[head].capital() && !sentenceInitial(toks, head) {
		for k := head; k > 0 && k > c-5 && toks[k].isWord() && toks[k].sent == toks[c].sent; k-- {
			if lexicon.Prepositions.Has(toks[k].lower()) && toks[k-1].isWord() && !toks[k-1].capital() && isHead(e.kind, toks[k-1].text) {
				head = k - 1
				break
			}
		}
	}
	if !toks[head].isWord() || !isHead(e.kind, toks[head].text) || toks[head].quote >= 0 {
		return described{}
	}
	lo, d := head, described{}
	for lo > 0 && toks[lo-1].isWord() && toks[lo-1].sent == toks[head].sent && toks[lo-1].quote < 0 && head-lo < 5 {
		t := toks[lo-1]
		w := t.lower()
		if lexicon.Prepositions.Has(w) {
			return described{} // "According to the minister, Jane Roe, …": the minister is someone else
		}
		if lexicon.Indefinites.Has(w) || w == "the" {
			if k := lo - 2; k >= 0 && toks[k].isWord() && lexicon.Prepositions.Has(toks[k].lower()) && toks[k].sent == toks[head].sent {
				return described{}
			}
			break
		}
		if lexicon.PossessivePronouns.Has(w) {
			d.owner = b.pronounOwner(int(t.start), w, e)
			break
		}
		if possessive(t) {
			d.owner = b.possessiveOwner(p, lo-1, e)
			if mi := p.mentAt[lo-1]; mi >= 0 {
				lo = p.ments[mi].lo
			} else {
				lo--
			}
			break
		}
		if t.capital() && p.mentAt[lo-1] < 0 && !lexicon.IsTitleWord(t.text) {
			break // "Last month her studio": the sentence's opening words
		}
		lo--
	}
	d.text = phrase(toks, lo, end)
	if d.owner != nil && lo > 0 && lexicon.PossessivePronouns.Has(toks[lo-1].lower()) {
		// "His lawyer, Colin Marsh," is "Luis Ortega's lawyer".
		d.text = d.owner.name + "'s " + d.text
	}
	return d
}

// roleAfter is an apposition after the name that holds a role noun: "Marcus
// Bell, the owner of a bicycle shop near Fifth Street whose …". Ten words
// at most, and a name the tenth word is part of.
func (b *builder) roleAfter(p *para, m *mention, e *entity) described {
	k := e.kind
	toks := p.toks
	i := m.hi
	if i+1 >= len(toks) || !toks[i].is(",") || toks[i+1].sent != toks[m.lo].sent {
		return described{}
	}
	lo := i + 1
	// "Tom Hale, 54, a retired teacher,": past the age.
	if lo+2 < len(toks) && isNumber(toks[lo].text) && toks[lo+1].is(",") {
		lo += 2
	}
	if !toks[lo].isWord() || toks[lo].capital() && !lexicon.Indefinites.Has(toks[lo].lower()) && !lexicon.Definites.Has(toks[lo].lower()) &&
		!lexicon.IsRole(toks[lo].text) && !possessiveName(p, lo) && !nameBeforeRole(p, lo) {
		return described{}
	}
	// ", not by her brother": a contrast, not a description.
	if w := toks[lo].lower(); w == "not" || lexicon.Prepositions.Has(w) {
		return described{}
	}
	hi, role, d := lo, false, described{}
	for ; hi < len(toks) && (hi < lo+10 || (toks[hi].capital() || p.mentAt[hi] >= 0) && hi < lo+16) && toks[hi].isWord() && toks[hi].sent == toks[lo].sent && toks[hi].quote < 0; hi++ {
		w := toks[hi].lower()
		if w == "who" || w == "whose" || w == "which" || w == "that" || lexicon.SpeechVerbs.Has(w) {
			break
		}
		if !role && (isHead(k, toks[hi].text) || hi > lo && lexicon.CompoundRole(toks[hi-1].lower(), w)) {
			role = true
			if d.owner == nil {
				d.owner = b.ownerIn(p, lo, hi, e)
			}
		}
	}
	if !role {
		return described{}
	}
	for lo < hi && (lexicon.Definites.Has(toks[lo].lower()) || lexicon.Indefinites.Has(toks[lo].lower())) {
		lo++
	}
	d.text = phrase(toks, lo, hi)
	return d
}

// isHead reports whether w can head a description of an entity of kind
// k: a role noun for a person ("owner"), an organisation noun for an
// organisation ("company").
func isHead(k Kind, w string) bool {
	if k == Organisation {
		return lexicon.IsOrgNoun(strings.ToLower(w))
	}
	return lexicon.IsRole(w) || lexicon.Affiliations.Has(strings.ToLower(w))
}

// phrase renders tokens [lo, hi) as text, possessives restored.
func phrase(toks []token, lo, hi int) string {
	var b strings.Builder
	for _, t := range toks[lo:hi] {
		if t.is(",") || !t.isWord() {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		if t.poss {
			mark := "'"
			if t.curly {
				mark = "’"
			}
			if !t.plural {
				mark += "s"
			}
			b.WriteString(mark)
		}
	}
	return b.String()
}

// possessiveName reports whether a name in possessive form starts at token
// i: "Maria Ortega's lawyer".
func possessiveName(p *para, i int) bool {
	mi := p.mentAt[i]
	return mi >= 0 && p.toks[p.ments[mi].hi-1].poss
}

// nameBeforeRole reports whether a name starting at token i is followed by
// a role noun: "Fenwick Homes spokesperson".
func nameBeforeRole(p *para, i int) bool {
	mi := p.mentAt[i]
	if mi < 0 {
		return false
	}
	h := p.ments[mi].hi
	return h < len(p.toks) && p.toks[h].isWord() && !p.toks[h].capital() && lexicon.IsRole(p.toks[h].text)
}

// orgPremodifier is what lower-case words between a determiner and an
// organisation's name say it is: "the opposition Farmers' Party", "the
// state-owned Halvmark Vand".
func orgPremodifier(p *para, m *mention) described {
	toks := p.toks
	lo := m.runLo
	for lo > 0 && m.runLo-lo < 3 && toks[lo-1].isWord() && !toks[lo-1].capital() && toks[lo-1].sent == toks[m.lo].sent &&
		!lexicon.FunctionWords.Has(toks[lo-1].lower()) && !lexicon.Definites.Has(toks[lo-1].lower()) && !lexicon.Indefinites.Has(toks[lo-1].lower()) {
		lo--
	}
	if lo == m.runLo || lo == 0 || !strings.EqualFold(toks[lo-1].text, "the") {
		return described{}
	}
	// Only words that describe: "the fund holds Corvane shares" is a clause.
	for _, t := range toks[lo:m.runLo] {
		if w := t.lower(); !lexicon.RoleAdjectives.Has(w) && !lexicon.IsOrgNoun(w) && !strings.Contains(w, "-") {
			return described{}
		}
	}
	return described{text: phrase(toks, lo, m.runLo)}
}
