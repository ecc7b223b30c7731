// Roles set off by commas around a name: an apposition before it
// ("Lutovia's foreign minister, Tomasz Kovač,") or after it ("Marcus
// Bell, owner of a bicycle shop").

package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

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
		c = pastNaming(toks, c) // "His son, also called Frank Oduya,"
	} else if c >= 2 && toks[c].lower() == "the" && toks[c].sent == toks[m.lo].sent {
		// "The city's bus drivers' union, the Tolland Transit Workers
		// Association,": an organisation noun right before the comma.
		if !toks[c-2].isWord() || toks[c-2].capital() || !isHead(e.kind, toks[c-2].text) {
			if toks[c-1].is(",") {
				return commonDescription(toks, c-1)
			}
			return described{}
		}
		c--
	}
	if e.kind == Person && c > 1 && toks[c].is("the") && c+1 < m.lo && toks[c-1].is(",") {
		c-- // "The Dean of Arts, the Revd Dr Ann Roe,": a title after "the"
	}
	if c < 1 || !toks[c].is(",") || toks[c].sent != toks[m.lo].sent {
		return described{}
	}
	if e.kind == Organisation {
		if d := relativeDescription(toks, c); d.text != "" {
			return d
		}
	}
	head, end := c-1, c
	office := -1
	if e.kind == Person {
		office = titleCaseOffice(toks, c)
	}
	if head >= 3 && toks[head].is(")") && toks[head-2].is("(") && toks[head-1].isWord() {
		// "The council's Chief Financial Officer (CFO), Denise Arkwright,":
		// the office's initials in brackets are no words of the role.
		head, end = head-3, head-2
	}
	if office >= 0 {
		head = office
	} else if e.kind == Person && isHead(Person, toks[head].text) {
		head = complementedHead(toks, head, c)
	}
	// "the developer behind Ashgrove": a head noun with a short complement.
	if office < 0 && (!isHead(e.kind, toks[head].text) || toks[head].capital() && !sentenceInitial(toks, head)) {
		// The complement runs at most four words back, five when one is
		// an owner's possessive ("The head of the agency's audit unit,"),
		// which stands where its "the" would.
		reach := c - 5
		if slices.ContainsFunc(toks[max(0, c-4):c], possessive) {
			reach--
		}
		for k := head; k > 0 && k > reach && toks[k].isWord() && toks[k].sent == toks[c].sent; k-- {
			// "the Head of Finance, Margit Roe,": an office in title case.
			office := e.kind == Person && officeOf(toks, k)
			if lexicon.Prepositions.Has(toks[k].lower()) && toks[k-1].isWord() && (!toks[k-1].capital() || office || sentenceInitial(toks, k-1)) &&
				(isHead(e.kind, toks[k-1].text) || e.kind == Person && apposedNoun(p, m, k-1)) {
				// "the headteacher of Carreg School, Elin Rhosier,": a
				// noun no list knows heads the complement by its place too.
				head = k - 1
				break
			}
		}
	}
	if !toks[head].isWord() || toks[head].quote >= 0 {
		return described{}
	}
	// A body does some jobs a person does: "The liquidator, Brannock
	// Hale LLP,", "her account provider, Ardmore Bank,".
	if office < 0 && !headAt(e.kind, toks, head) && !(e.kind == Person && apposedNoun(p, m, head)) && !(e.kind == Organisation && bodysJob(toks, head)) {
		return described{}
	}
	titleCased := toks[head].capital() && !sentenceInitial(toks, head)
	lo, d := head, described{}
	for lo > 0 && toks[lo-1].isWord() && toks[lo-1].sent == toks[head].sent && toks[lo-1].quote < 0 && head-lo < 5 {
		t := toks[lo-1]
		w := t.lower()
		if lexicon.Prepositions.Has(w) {
			return described{} // "According to the minister, Jane Roe, …": the minister is someone else
		}
		if lexicon.Indefinites.Has(w) || w == "the" {
			if k := lo - 2; k >= 0 && toks[k].isWord() && lexicon.Prepositions.Has(toks[k].lower()) && toks[k].sent == toks[head].sent &&
				!(toks[k].is("with") && participleAfter(toks, m.hi)) && !verbAfterAppositive(toks, m.hi) {
				// "with the minister, Alan Breck, insisting …" sets the
				// name off as the minister's.
				return described{}
			}
			break
		}
		if lexicon.PossessivePronouns.Has(w) {
			d.owner = b.pronounOwnerAt(p, lo-1, e)
			break
		}
		if possessive(t) {
			d.owner = b.possessiveOwner(p, lo-1, e)
			if mi := p.mentAt[lo-1]; mi >= 0 {
				lo = p.ments[mi].lo
			} else {
				lo--
				// "The town council's general manager", "the water
				// board's engineer": the lower-case words before the
				// possessive noun are the owner's, and of its name when
				// the article named it.
				for o, n := d.owner, 0; n < 2 && lo > 0 && toks[lo-1].isWord() && !toks[lo-1].capital() && !toks[lo-1].is("the") && !lexicon.FunctionWords.Has(toks[lo-1].lower()) &&
					(o == nil || o.kind == Organisation && slices.Contains(fuzzy.Words(o.name), fuzzy.Fold(toks[lo-1].text))); n++ {
					lo--
				}
			}
			break
		}
		if t.capital() && p.mentAt[lo-1] < 0 && !lexicon.IsTitleWord(t.text) && !(titleCased && !sentenceInitial(toks, lo-1)) {
			// "Last month her studio": the sentence's opening words;
			// but a role in title case runs on ("Varga Bank's Chief
			// Risk Officer").
			break
		}
		lo--
	}
	d.text = phrase(toks, lo, end)
	if d.owner != nil && lo > 0 && lexicon.PossessivePronouns.Has(toks[lo-1].lower()) {
		// "His lawyer, Colin Marsh," is "Luis Ortega's lawyer".
		d.text = possessiveOf(d.owner.name) + " " + d.text
	} else if o := d.owner; o != nil && o.kind == Organisation && lo > 0 && toks[lo-1].lower() == "the" && p.mentAt[lo] < 0 {
		// "The association's chair, Ailsa Rourke," is the chair of the
		// association the article named: "Fenmoor Anglers'
		// Association's chair". Only when the nouns are words of its
		// name ("the town council's"), so that no word of the
		// description is lost ("the club's doctor" for Halbrook Rovers
		// stays).
		k := lo
		for k < end && !possessive(toks[k]) && slices.Contains(fuzzy.Words(o.name), fuzzy.Fold(toks[k].text)) {
			k++
		}
		if w, _ := trimPossessive(toks[k].lower()); k < end && possessive(toks[k]) && slices.Contains(fuzzy.Words(o.name), fuzzy.Fold(w)) {
			d.text = possessiveOf(o.name) + " " + phrase(toks, k+1, end)
		}
	} else if mi := p.mentAt[lo]; o != nil && o.kind == Organisation && mi >= 0 && p.ments[mi].ent == o && toks[p.ments[mi].hi-1].poss {
		// "Copperbell Lane’s artistic director" after the Copperbell Lane
		// Playhouse: the body by the name the article gave it.
		if m := p.ments[mi]; len(o.words) > m.hi-m.lo && holdsRun(o.words, foldAll(m.words(toks))) {
			d.text = possessiveOf(o.name) + " " + phrase(toks, m.hi, end)
		}
	}
	if place := openingPlace(p, lo); place != "" && d.owner == nil {
		d.text += " " + place // "the curator" of "At the Orrin museum, the curator, …"
	}
	return d
}

// apposedNoun reports whether the lower-case word at head, which no list
// knows as a role, is one by its place: a definite or indefinite
// description set off by commas around a person's name, "the caretaker,
// Ben Tolle, said". The comma after the name tells an apposition from a
// clause ("The letter, Ben Tolle said, was forged").
func apposedNoun(p *para, m *mention, head int) bool {
	toks := p.toks
	if toks[head].capital() || m.hi >= len(toks) || !toks[m.hi].is(",") || isNumber(toks[head].text) {
		return false
	}
	for k := head - 1; k >= 0 && k >= head-3 && toks[k].isWord() && toks[k].sent == toks[head].sent; k-- {
		w := toks[k].lower()
		if w == "the" || lexicon.Indefinites.Has(w) || possessive(toks[k]) || lexicon.PossessivePronouns.Has(w) {
			return true
		}
		if toks[k].capital() || lexicon.FunctionWords.Has(w) {
			return false
		}
	}
	return false
}

// indefiniteApposition reports whether the apposition [lo, hi) after a
// person's name is an indefinite description whose head no list knows:
// "Ana Vidal, a line foreman in Brackley who …". Its head is the last of at
// most four lower-case words after "a", before a preposition or the end.
func indefiniteApposition(toks []token, lo, hi int) bool {
	if lo >= hi || toks[lo].lower() != "a" && toks[lo].lower() != "an" {
		return false
	}
	end := lo + 1
	for end < hi && !lexicon.Prepositions.Has(toks[end].lower()) {
		t := toks[end]
		if t.capital() || isNumber(t.text) || lexicon.FunctionWords.Has(t.lower()) || t.poss {
			return false
		}
		end++
	}
	return end > lo+1 && end-lo-1 <= 4
}

// possessiveOf writes a name's possessive: "Luis Ortega's", and for a
// name ending in s "Harlow Docks'".
func possessiveOf(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// participleAfter reports whether a comma and a verb's -ing form follow
// the name ending at i: "…, Alan Breck, insisting".
func participleAfter(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].is(",") && toks[i+1].isWord() && strings.HasSuffix(toks[i+1].lower(), "ing")
}

// verbAfterAppositive reports whether the name ending at hi is set off and
// a verb follows, so that it stands in apposition to the preposition's
// object: "a memo signed by the Head of Finance, Margit Roe, lists …". A
// second description ("the minister, Jane Roe, the mayor's aide, said")
// or a relative clause leaves the object someone else.
func verbAfterAppositive(toks []token, hi int) bool {
	if hi+1 >= len(toks) || !toks[hi].is(",") {
		return false
	}
	t := toks[hi+1]
	w := t.lower()
	return t.isWord() && !t.capital() && t.sent == toks[hi].sent && t.quote < 0 && !lexicon.FunctionWords.Has(w) &&
		!lexicon.Definites.Has(w) && !lexicon.Indefinites.Has(w) && !lexicon.PossessivePronouns.Has(w) && w != "who" && !isNumber(w)
}

// verbWithObject reports whether token k is an inflected verb with a
// determiner after it, the start of a clause rather than a description:
// "cleared the striker", "signs his contract" (but "retired teacher").
func verbWithObject(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].capital() || !toks[k+1].isWord() {
		return false
	}
	if n := toks[k+1].lower(); !lexicon.Definites.Has(n) && !lexicon.Indefinites.Has(n) {
		return false
	}
	w := toks[k].lower()
	if lexicon.IsRole(w) || lexicon.RoleAdjectives.Has(w) {
		return false
	}
	// The base form by the regular endings, from the small verb table
	// rather than WordNet's morphology, which would load all of WordNet
	// to build an index.
	for _, end := range []struct{ suffix, base string }{{"ied", "y"}, {"ed", ""}, {"ed", "e"}, {"ies", "y"}, {"es", ""}, {"s", ""}} {
		if stem, ok := strings.CutSuffix(w, end.suffix); ok && len(stem) > 2 && lexicon.MostlyVerb(stem+end.base) {
			return true
		}
	}
	return false
}

// bodysJob reports whether the word at h is a noun WordNet knows only for
// a person, in lower case after "the", a possessive or at most two
// lower-case nouns after one: "the liquidator", "her account provider".
func bodysJob(toks []token, h int) bool {
	if toks[h].capital() || !jobNoun(fuzzy.Fold(toks[h].text)) {
		return false
	}
	for k := h - 1; k >= 0 && k >= h-3 && toks[k].isWord() && toks[k].sent == toks[h].sent; k-- {
		t := toks[k]
		if t.lower() == "the" || possessive(t) || lexicon.PossessivePronouns.Has(t.lower()) {
			return true
		}
		if t.capital() || lexicon.FunctionWords.Has(t.lower()) || !lexicon.Noun(fuzzy.Fold(t.text)).Noun {
			return false
		}
	}
	return false
}
