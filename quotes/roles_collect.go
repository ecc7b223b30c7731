package quotes

import (
	"articlebot/lexicon"
	"strings"
)

// collectRoles gathers what the article says each person is, from the
// words around their names: a title ("Mayor Jane Doe", "Chief Financial
// Officer Arjun Mehta"), a role set off before the name ("Lutovia's foreign
// minister, Tomasz Kovač,"), an apposition after it ("Marcus Bell, the owner
// of a bicycle shop"), a relative clause that gives a role ("who chairs the
// transportation committee") and a passive one ("the committee, chaired by
// Rep. Glen Farrow").
func (b *builder) collectRoles() {
	for _, p := range b.paras {
		for i := range p.ments {
			m := &p.ments[i]
			e := m.ent
			if e == nil || p.toks[m.lo].quote >= 0 {
				continue
			}
			found := []string{roleBefore(p, m, e.kind), roleAfter(p, m, e.kind)}
			if e.kind == Person {
				found = append(found, titleRole(p, m), roleByVerb(p, m), roleByPassive(p, m))
			}
			for _, r := range found {
				if r != "" {
					e.addRole(r)
				}
			}
		}
	}
}

// titleRole is the title run before a name with the role words and
// modifiers just before it: "state Sen." gives "state sen.", "City
// Manager" "city manager", "Assistant U.S. Attorney" "assistant u.s.
// attorney", "defence lawyer Nadia Farouk" "defence lawyer".
func titleRole(p *para, m *mention) string {
	lo := titleStart(p, m)
	var words []string
	for _, w := range strings.Fields(strings.ToLower(phrase(p.toks, lo, m.lo))) {
		// Courtesy titles ("Dr.", "Mr.") say nothing of what a person does.
		if t := strings.TrimSuffix(w, "."); !lexicon.Courtesy.Has(strings.ToUpper(t[:1]) + t[1:]) {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
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
// foreign minister, Tomasz Kovač," or "The bill's sponsor, state Sen. …".
func roleBefore(p *para, m *mention, k Kind) string {
	toks := p.toks
	c := m.runLo - 1
	if k == Person {
		c = titleStart(p, m) - 1
	}
	if c < 1 || !toks[c].is(",") || toks[c].sent != toks[m.lo].sent {
		return ""
	}
	head := c - 1
	if !toks[head].isWord() || !isHead(k, toks[head].text) {
		return ""
	}
	lo := head
	for lo > 0 && toks[lo-1].isWord() && toks[lo-1].sent == toks[head].sent && toks[lo-1].quote < 0 &&
		!lexicon.Prepositions.Has(toks[lo-1].lower()) && head-lo < 5 {
		lo--
	}
	for lo < head && (lexicon.Definites.Has(toks[lo].lower()) || lexicon.Indefinites.Has(toks[lo].lower())) {
		lo++
	}
	return phrase(toks, lo, head+1)
}

// roleAfter is an apposition after the name that holds a role noun: "Marcus
// Bell, the owner of a bicycle shop near Fifth Street whose …". Ten words
// at most, and a name the tenth word is part of.
func roleAfter(p *para, m *mention, k Kind) string {
	toks := p.toks
	i := m.hi
	if i+1 >= len(toks) || !toks[i].is(",") || toks[i+1].sent != toks[m.lo].sent {
		return ""
	}
	lo := i + 1
	if !toks[lo].isWord() || toks[lo].capital() && !lexicon.Indefinites.Has(toks[lo].lower()) && !lexicon.Definites.Has(toks[lo].lower()) &&
		!lexicon.IsRole(toks[lo].text) && !possessiveName(p, lo) {
		return ""
	}
	hi, role := lo, false
	for ; hi < len(toks) && (hi < lo+10 || toks[hi].capital() && hi < lo+14) && toks[hi].isWord() && toks[hi].sent == toks[lo].sent && toks[hi].quote < 0; hi++ {
		w := toks[hi].lower()
		if w == "who" || w == "whose" || w == "which" || w == "that" || lexicon.SpeechVerbs.Has(w) {
			break
		}
		if isHead(k, toks[hi].text) {
			role = true
		}
	}
	if !role {
		return ""
	}
	for lo < hi && (lexicon.Definites.Has(toks[lo].lower()) || lexicon.Indefinites.Has(toks[lo].lower())) {
		lo++
	}
	return phrase(toks, lo, hi)
}

// roleByVerb reads a relative clause after the name (past an apposition)
// whose verb gives a role: "Luis Ortega, who chairs the council's
// transportation committee and wrote …" gives "chair of the council's
// transportation committee".
func roleByVerb(p *para, m *mention) string {
	toks := p.toks
	sent := toks[m.lo].sent
	for k := m.hi; k < len(toks) && k < m.hi+14 && toks[k].sent == sent && toks[k].quote < 0; k++ {
		if !toks[k].is("who") {
			continue
		}
		v := k + 1
		for v < len(toks) && toks[v].isWord() && lexicon.Auxiliaries.Has(toks[v].lower()) {
			v++
		}
		if v >= len(toks) || !toks[v].isWord() {
			return ""
		}
		r := lexicon.RoleOfVerb(toks[v].lower())
		if r == "" {
			return ""
		}
		return r + " of " + objectPhrase(toks, v+1)
	}
	return ""
}

// roleByPassive reads "X, chaired by NAME": NAME is the chair of X.
func roleByPassive(p *para, m *mention) string {
	toks := p.toks
	by := m.runLo - 1
	if by < 2 || !toks[by].is("by") {
		return ""
	}
	r := lexicon.RoleOfVerb(toks[by-1].lower())
	if r == "" || !toks[by-2].is(",") {
		return ""
	}
	hi := by - 2
	lo := hi
	for lo > 0 && toks[lo-1].isWord() && toks[lo-1].sent == toks[hi].sent && hi-lo < 6 {
		lo--
	}
	if lo == hi {
		return ""
	}
	return r + " of " + phrase(toks, lo, hi)
}

// isHead reports whether w can head a description of an entity of kind
// k: a role noun for a person ("owner"), an organisation noun for an
// organisation ("company").
func isHead(k Kind, w string) bool {
	if k == Organisation {
		return lexicon.IsOrgNoun(strings.ToLower(w))
	}
	return lexicon.IsRole(w)
}

// objectPhrase returns the noun phrase starting at token i, up to a comma,
// a conjunction or the end of the sentence, at most six words.
func objectPhrase(toks []token, i int) string {
	hi := i
	for hi < len(toks) && hi < i+6 && toks[hi].isWord() && toks[hi].sent == toks[i].sent {
		if w := toks[hi].lower(); w == "and" || w == "or" || w == "but" || w == "who" || w == "which" {
			break
		}
		hi++
	}
	return phrase(toks, i, hi)
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
			b.WriteString("'s")
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
