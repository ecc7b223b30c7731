package quotes

import (
	"strings"

	"articlebot/fuzzy"
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
	var space [8]described // a mention's roles, on the stack: at most 8 are found
	for _, p := range b.paras {
		for i := range p.ments {
			m := &p.ments[i]
			e := m.ent
			if e == nil || p.toks[m.lo].quote >= 0 {
				continue
			}
			found := append(space[:0], b.roleBefore(p, m, e), b.jobBefore(p, m, e), b.roleAfter(p, m, e))
			if o, kin := pairedKin(p, m, found[0].text); o != nil && e.kind == Person {
				e.addOwnedRole(possessiveOf(o.name)+" "+kin[0], o)
				o.addOwnedRole(possessiveOf(e.name)+" "+kin[1], e)
				found[0] = described{}
			}
			if sig := b.letterRole(p, m); sig != "" && e.kind == Person {
				found = append(found, described{text: sig})
			}
			if sig := signatureRole(p, m); sig != "" && e.kind == Person {
				found = append(space[:0], described{text: sig}) // "— Ana Ruiz, chair, Friends of Holm Park": the whole of it
			}
			if e.kind == Organisation {
				found = append(found, orgPremodifier(p, m), orgPostmodifier(p, m), personsBody(p, m))
			}
			found = append(found, calledRole(p, m))
			if e.kind == Person {
				title := b.titleRole(p, m)
				found = append(found, described{text: memberRole(p, m)}, affiliated(p, m, title), title, described{text: roleByVerb(p, m)}, described{text: counselSide(p, m)}, described{text: labelRole(p, m)},
					described{text: roleByPassive(p, m)}, b.rolePredicate(p, m))
			}
			for _, r := range found {
				if r.text != "" {
					e.addOwnedRole(r.text, r.owner)
					for _, part := range coordinated(r.text) {
						e.addOwnedRole(part, r.owner)
					}
				}
			}
		}
	}
	b.institutionalRoles()
	b.orgDescriptions()
	b.headlineRole()
	b.leadRole()
	b.agedRoles()
	// What a deed makes someone ("winner of the seat") and post-nominal
	// letters ("KC", "MP") come after the article's own descriptions,
	// which the speaker list shows first.
	for _, p := range b.paras {
		for i := range p.ments {
			if m := &p.ments[i]; m.ent != nil && m.ent.kind == Person && p.toks[m.lo].quote < 0 {
				if r := roleByDeed(p, m); r != "" {
					m.ent.addRole(r)
				}
			}
		}
	}
	for _, e := range b.rs.people {
		if len(e.posts) > 0 {
			e.addRole(strings.Join(e.posts, " "))
		}
	}
}

// counselSide reads the side a lawyer speaks for in a court report, given
// by a participle that opens the sentence before the name: "Prosecuting,
// Imogen Thale KC said" gives "prosecuting counsel", "Defending, …" and
// "Mitigating, …" "defence counsel".
func counselSide(p *para, m *mention) string {
	k := m.runLo - 2
	if k < 0 || !p.toks[m.runLo-1].is(",") || !sentenceInitial(p.toks, k) || !lexicon.CounselSides.Has(p.toks[k].lower()) {
		return ""
	}
	return lexicon.CanonicalRole(p.toks[k].lower()) + " counsel"
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
		// Nor do degrees ("Dr.-Ing.", "Dipl.-Kfm.").
		if lexicon.Courtesy.Has(w) || lexicon.CompoundTitle(w) || lexicon.Honorific(w) && len(words) > 0 {
			continue
		}
		if ex := lexicon.Expand(strings.ToLower(w)); len(ex) == 1 && strings.HasSuffix(t.text, ".") {
			w = ex[0]
			if t.capital() {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
		} else if one, ok := lexicon.SingularTitle(w); ok && t.capital() {
			w = one // "Justices Ann Lee, Tom Berg and …": each a Justice
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
			owner := strings.Fields(phrase(p.toks, om.lo, om.hi))
			if o := om.ent; o != nil && o.kind == Organisation && !p.toks[om.hi-1].poss && len(o.words) > len(owner) && holdsRun(o.words, foldAll(owner)) {
				// "Kestrel manager Ana Ruiz" after Kestrel Vale FC: the
				// manager of the club the article named, by its name.
				owner = strings.Fields(o.name)
			}
			words = append(owner, words...)
		}
	}
	d.text = strings.Join(words, " ")
	if k := lo - 1; d.owner == nil && k >= 2 && p.toks[k].is("whose") && p.toks[k-1].is(",") && p.mentAt[k-2] >= 0 {
		// "Grace Ilunga, whose son Kofi, 9, …": Kofi is Grace Ilunga's son.
		if o := p.ments[p.mentAt[k-2]].ent; o != nil && o != m.ent && o.kind == Person {
			d.owner, d.text = o, possessiveOf(o.name)+" "+d.text
		}
	}
	return d
}

// titleStart walks back from a name over its title: title words, dotted
// abbreviations ("U.S."), role adjectives and role nouns, and up to two
// plain words just before a role noun ("defence lawyer", "fish pen
// operator").
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
		case lexicon.RoleAdjectives.Has(w) || lexicon.IsTitleWord(t.text) || !t.capital() && lexicon.IsRole(w) ||
			lo == m.runLo && !t.capital() && jobNoun(fuzzy.Fold(w)) && !lexicon.MostlyVerb(w):
			// "weather forecaster Ian Molloy": a noun WordNet knows
			// only as a person's, right before the name, is a role too;
			// not a word used mostly as a verb ("Ann Lee beat GM Tom
			// Berg": WordNet's "beat" is a beatnik).
			plain = 0
		case strings.Contains(t.text, ".") && t.text == strings.ToUpper(t.text):
		case officeLink(t) && lo == m.runLo && m.runLo < m.lo && lo >= 2 && toks[lo].capital() && toks[lo-2].capital() && lexicon.IsTitleWord(toks[lo-2].text):
			// "Minister for Outer Islands Ratu Ana Lee": the office and
			// its portfolio, which the run of capitals after "for" holds.
		case t.capital() && lo < m.runLo && !toks[lo].capital() && lexicon.IsRole(toks[lo].text) && sentenceInitial(toks, lo-1) &&
			!lexicon.SentenceStarters.Has(t.text) && (p.mentAt[lo-1] < 0 || p.ments[p.mentAt[lo-1]].ent == nil):
			// "Council member Raymond T. Okafor" opening a sentence.
			return lo - 1
		case !t.capital() && plain < 2 && lo < m.runLo && (lexicon.IsRole(toks[lo].text) || plain > 0) &&
			!lexicon.FunctionWords.Has(w) && !lexicon.SpeechVerbs.Has(w) && !lexicon.FrameVerbs.Has(w) && !lexicon.Auxiliaries.Has(w):
			plain++
		default:
			return lo
		}
		lo--
	}
	return lo
}

// isHead reports whether w can head a description of an entity of kind
// k: a role noun for a person ("owner"), an organisation noun for an
// organisation ("company").
func isHead(k Kind, w string) bool {
	if k == Organisation {
		return lexicon.IsOrgNoun(strings.ToLower(w))
	}
	l := strings.ToLower(w)
	return lexicon.IsRole(w) || lexicon.Affiliations.Has(l)
}

// headAt reports whether token h heads a description of an entity of kind
// k: a role noun (isHead), or for a person a noun WordNet knows only as a
// person's right after "the" or a possessive ("the hospital's chaplain",
// "the ward's matron", "her physiotherapist"). Elsewhere such a noun
// ("an unlikely radical", "accused of") describes less surely.
func headAt(k Kind, toks []token, h int) bool {
	w := toks[h].text
	if isHead(k, w) {
		return true
	}
	if k != Person || h == 0 || !toks[h-1].isWord() || toks[h].capital() {
		return false
	}
	l := strings.ToLower(w)
	prev := toks[h-1]
	return (possessive(prev) || prev.lower() == "the" || lexicon.PossessivePronouns.Has(prev.lower())) && jobNoun(fuzzy.Fold(l)) && !lexicon.IsOrgNoun(l)
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
			mark := t.pluralMark()
			if !t.plural() {
				mark = strings.TrimSuffix(mark, "s") + "s"
			}
			b.WriteString(mark)
		}
	}
	return b.String()
}

// orgPremodifier is what lower-case words between a determiner and an
// organisation's name say it is: "the opposition Farmers' Party", "the
// state-owned Halvmark Vand"; without "the" where the clause opens with
// it (bareOrgStart).
func orgPremodifier(p *para, m *mention) described {
	toks := p.toks
	if from, ok := bodyNounBefore(toks, m.runLo); ok {
		return described{text: phrase(toks, from, m.runLo)} // "the environmental group Silver Fen Watch"
	}
	lo := m.runLo
	for lo > 0 && m.runLo-lo < 3 && toks[lo-1].isWord() && !toks[lo-1].capital() && toks[lo-1].sent == toks[m.lo].sent &&
		!lexicon.FunctionWords.Has(toks[lo-1].lower()) && !lexicon.Definites.Has(toks[lo-1].lower()) && !lexicon.Indefinites.Has(toks[lo-1].lower()) {
		lo--
	}
	if lo == m.runLo || lo == 0 {
		return described{}
	}
	from := lo
	if !strings.EqualFold(toks[lo-1].text, "the") {
		if from = bareOrgStart(p, m, lo); from < 0 {
			return described{}
		}
	}
	// Only words that describe: "the fund holds Corvane shares" is a clause.
	for _, t := range toks[lo:m.runLo] {
		if w := t.lower(); !lexicon.RoleAdjectives.Has(w) && !lexicon.IsOrgNoun(w) && !strings.Contains(w, "-") {
			return described{}
		}
	}
	return described{text: phrase(toks, from, m.runLo)}
}

// orgPostmodifier is a lower-case noun for the body that governs an
// organisation right after a name that follows "the": "the Pellworth
// County School District board voted", "the Fenmoor Rowing Club committee said".
// The article then calls the organisation by that noun ("the board"). A
// part of it is no name for it: "the Rovers academy" is not the club.
func orgPostmodifier(p *para, m *mention) described {
	toks := p.toks
	if m.hi >= len(toks) || !afterThe(toks, m.runLo) || toks[m.hi].capital() || toks[m.hi].sent != toks[m.lo].sent || toks[m.hi].quote != toks[m.lo].quote {
		return described{}
	}
	w := toks[m.hi].lower()
	if !toks[m.hi].isWord() || !lexicon.GoverningBodies.Has(w) || m.hi+1 < len(toks) && toks[m.hi+1].isWord() && lexicon.IsOrgNoun(toks[m.hi+1].lower()) {
		return described{}
	}
	return described{text: w}
}
