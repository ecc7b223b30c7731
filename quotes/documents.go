package quotes

import (
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// document is a written statement the article gives an author or an owner
// ("a memo signed by Ann Lee"), so that a later "the memo says" is hers.
type document struct {
	noun string // the statement noun, lower case: "memo", "statement"
	who  who
	at   int // offset of the noun
}

// documentAuthor finds whose words a document is when the document is the
// subject of the clause [lo, v): "The memo, signed by chief executive Paul
// Lind, told managers to “…”", "An email sent by Lind to the board said:
// “…”", "a letter from the governors said", "A statement on behalf of the
// Marsh family said", "the family's statement, read by Supt. Dale Hay,
// said" (the family's, not the reader's), and "The memo says" for the
// memo the article gave an author before. A reader or a recipient ("read
// by", "seen by") is not whose the words are.
func (b *builder) documentAuthor(p *para, lo, v int) (who, int, status) {
	toks := p.toks
	// The statement noun first: it is in lower case, so finding it
	// allocates nothing, and most clauses have none.
	doc := -1
	for k := lo + 1; k < v && k < lo+7 && toks[k].isWord() && toks[k].quote < 0; k++ {
		if toks[k].folded() && lexicon.StatementNouns.Has(toks[k].text) {
			doc = k
			break
		}
	}
	if doc < 0 {
		return who{}, 0, none
	}
	k := lo
	if k < v && toks[k].isWord() && toks[k].lowerIn(lexicon.Conjunctions) {
		k++
	}
	if k >= v || !toks[k].isWord() || !(toks[k].lowerIn(lexicon.Definites) || toks[k].lowerIn(lexicon.Indefinites)) || doc > k+4 {
		return who{}, 0, none
	}
	det, owned := k, -1
	for k++; k < doc; k++ {
		if possessive(toks[k]) {
			owned = k
		}
	}
	noun := toks[doc].lower()
	if w, ok := b.docSource(p, doc, v); ok {
		b.noteDocument(document{noun, w, int(toks[doc].start)})
		return w, lo, found
	}
	if owned >= 0 {
		if w, ok := b.possessor(p, det, owned); ok {
			b.noteDocument(document{noun, w, int(toks[doc].start)})
			return w, lo, found
		}
		return who{}, 0, none
	}
	if d := toks[det].lower(); lexicon.PossessivePronouns.Has(d) {
		// "Its conclusion reads:" after "The committee's report …":
		// whose the pronoun is.
		pro := map[string]string{"its": "it", "their": "they", "his": "he", "her": "she"}[d]
		if e := b.pronoun(int(toks[det].sent), pro); e != nil {
			w := who{ent: e}
			b.noteDocument(document{noun, w, int(toks[doc].start)})
			return w, lo, found
		}
		return who{}, 0, none
	}
	if toks[det].lower() == "the" {
		for i := len(b.docs) - 1; i >= 0; i-- {
			if d := b.docs[i]; d.noun == noun && d.at < int(toks[doc].start) {
				return d.who, lo, found
			}
		}
	}
	return who{}, 0, none
}

// docSource returns who a document whose noun is at d speaks for, from
// the words after it up to end: "on behalf of X", "from X", or an
// authoring verb and "by X" ("signed by", "sent by"), also after a short
// phrase set off before it ("A memo to the finance committee in June,
// signed by the Head of Finance, Ann Lee, lists …").
func (b *builder) docSource(p *para, d, end int) (who, bool) {
	toks := p.toks
	for k := d + 1; k < end && k <= d+12 && toks[k].quote < 0 && toks[k].kind != qopen; k++ {
		t := toks[k]
		switch {
		case k == d+1 && t.is("from"):
			return b.ownerAt(p, k+1, end)
		case t.is("on") && k+2 < end && toks[k+1].is("behalf") && toks[k+2].is("of"):
			return b.ownerAt(p, k+3, end)
		case (k == d+1 || toks[k-1].is(",")) && t.isWord() && lexicon.AuthorVerbs.Has(t.lower()) && k+1 < end && toks[k+1].is("by"):
			return b.ownerAt(p, k+2, end)
		case t.isWord() && (lexicon.SpeechVerbs.Has(t.text) || lexicon.AuthorVerbs.Has(t.lower()) || t.is("read")):
			return who{}, false // "a statement read by …": not whose it is
		}
	}
	return who{}, false
}

// ownerAt returns the person, organisation or household named from token
// k, before end, past determiners and the words of a role: "chief
// executive Paul Lind", "the Head of Finance, Ann Lee", "the Marsh
// family". A person named after an office wins over the office's
// organisation.
func (b *builder) ownerAt(p *para, k, end int) (who, bool) {
	toks := p.toks
	var org *entity
	for n := 0; k < end && n < 8; k, n = k+1, n+1 {
		t := toks[k]
		if mi := p.mentAt[k]; mi >= 0 {
			m := p.ments[mi]
			if m.hi < end && toks[m.hi].isWord() && lexicon.Households.Has(toks[m.hi].lower()) {
				return b.household(p, m.hi) // "the Marsh family", not Colin Marsh
			}
			if m.ent != nil && m.ent.kind == Person && !toks[m.hi-1].poss {
				return who{ent: m.ent}, true
			}
			if m.ent != nil && org == nil && !toks[m.hi-1].poss {
				org = m.ent
			}
			k = m.hi - 1
			continue
		}
		if t.isWord() && lexicon.Households.Has(t.lower()) {
			if w, ok := b.household(p, k); ok {
				return w, true
			}
		}
		w := t.lower()
		if t.isWord() && !t.capital() && (lexicon.IsOrgNoun(w) || b.orgNoun(w)) && k > 0 && toks[k-1].is("the") {
			// "a statement from the college": the one the article
			// names, else the body as described.
			if e := b.orgNamed(fuzzy.Fold(w), int(t.sent), int(t.start)); e != nil {
				return who{ent: e}, true
			}
			return who{generic: "the " + w}, true
		}
		// Past an office's words, in any case: "the finance director,
		// Ann Lee", "the Head of Audit, Ann Lee".
		if !(t.is(",") || w == "of" || t.isWord() && (lexicon.Definites.Has(w) || t.capital() || !lexicon.FunctionWords.Has(w) && !lexicon.SpeechVerbs.Has(w))) {
			break
		}
	}
	if org != nil {
		return who{ent: org}, true
	}
	return who{}, false
}

// possessor returns whose a document is when a possessive stands before
// its noun, between the determiner at det and the possessive at k: "the
// family's statement" (the family), "Lind's memo" (Lind).
func (b *builder) possessor(p *para, det, k int) (who, bool) {
	if mi := p.mentAt[k]; mi >= 0 {
		if e := p.ments[mi].ent; e != nil {
			return who{ent: e}, true
		}
		return who{}, false
	}
	if w, _ := trimPossessive(p.toks[k].lower()); lexicon.Households.Has(w) {
		return b.household(p, k)
	}
	return b.describedOwner(p, det, k)
}

// describedOwner returns whose a document is when a description by role
// owns it, from the determiner at det to the possessive at k: "the
// chairman's statement" (the one person the article calls chairman, or
// the one described last), "the club's statement" (the club it names).
func (b *builder) describedOwner(p *para, det, k int) (who, bool) {
	toks := p.toks
	if !toks[det].is("the") && !toks[det].is("The") {
		return who{}, false
	}
	words := make([]string, 0, k-det)
	for j := det + 1; j <= k; j++ {
		w, _ := trimPossessive(toks[j].lower())
		if !toks[j].isWord() || toks[j].capital() || toks[j].quote >= 0 {
			return who{}, false
		}
		words = append(words, w)
	}
	at := int(toks[det].start)
	if people := byRole(b.rs.people, words); len(people) > 0 {
		return who{ent: b.latest(people, at)}, true
	}
	if head := words[len(words)-1]; lexicon.OrgNouns.Has(head) || b.orgNoun(head) {
		if e := b.orgNamed(fuzzy.Fold(head), int(toks[k].sent), at); e != nil {
			return who{ent: e}, true
		}
	}
	return who{}, false
}

// household names a family that speaks as one, from its noun at h: "the
// Marsh family" as the article writes it, and "his family" or "the
// family" as the family of the person the pronoun or the sentence before
// is about ("the Marsh family"), else as written.
func (b *builder) household(p *para, h int) (who, bool) {
	toks := p.toks
	k := h - 1
	for k >= 0 && toks[k].isWord() && toks[k].capital() && toks[k].sent == toks[h].sent && !sentenceInitial(toks, k) {
		k--
	}
	if k < 0 || !toks[k].isWord() || !lexicon.Definites.Has(toks[k].lower()) {
		return who{}, false
	}
	noun, _ := trimPossessive(toks[h].lower())
	at := int(toks[k].start)
	if k < h-1 {
		return b.noteHousehold("the "+phrase(toks, k+1, h)+" "+noun, noun, at), true
	}
	if u := b.unnamedBefore(noun, at); u != nil && toks[k].lower() == "the" {
		return who{generic: u.name}, true // "the family" after "the Marsh family"
	}
	var e *entity
	switch toks[k].lower() {
	case "his":
		e = b.pronoun(int(toks[h].sent), "he")
	case "her":
		e = b.pronoun(int(toks[h].sent), "she")
	case "the", "their":
		if s := int(toks[h].sent) - 1; len(b.peopleIn(s)) > 0 {
			e = b.peopleIn(s)[0]
		}
	}
	if e == nil || e.kind != Person {
		return b.noteHousehold(strings.ToLower(toks[k].text)+" "+noun, noun, at), true
	}
	return b.noteHousehold("the "+strings.Join(surname(e.words), " ")+" "+noun, noun, at), true
}

// noteHousehold records a family that spoke, so that a later "the family"
// is the same one, and returns it as a speaker.
func (b *builder) noteHousehold(name, noun string, at int) who {
	b.addUnnamed(unnamedSource{name: name, head: noun, at: at})
	return who{generic: name}
}

// noteDocument records a document with whose words it holds, once.
// Paragraphs are attributed in order, so a document already noted is the
// last one or later: the check does not grow with the article.
func (b *builder) noteDocument(d document) {
	if n := len(b.docs); n > 0 && b.docs[n-1].at >= d.at {
		return
	}
	b.docs = append(b.docs, d)
}

// statementIn returns the statement noun a speaker's words in sentence
// sid came in ("In a statement, the club said", "said in a statement"),
// so that a later "The statement added" is the speaker's too; else -1.
func statementIn(p *para, sid int) int {
	lo, hi := p.sentRange(sid)
	toks := p.toks
	for k := lo + 2; k < hi; k++ {
		if t := toks[k]; t.quote < 0 && t.folded() && lexicon.StatementNouns.Has(t.text) && toks[k-1].isWord() &&
			lexicon.Indefinites.Has(toks[k-1].lower()) && toks[k-2].isWord() && toks[k-2].lower() == "in" {
			return k
		}
	}
	return -1
}

// spokeAs returns the speaker named name: an entity the sentence's
// quotations were given to, or a description.
func (b *builder) spokeAs(name string) who {
	for _, w := range b.spoke {
		if w.name() == name {
			return w
		}
	}
	for _, e := range b.rs.orgs {
		if e.name == name {
			return who{ent: e}
		}
	}
	for _, e := range b.rs.people {
		if e.name == name {
			return who{ent: e}
		}
	}
	return who{generic: name}
}
