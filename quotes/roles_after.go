// Roles set off by a comma after a name: "Marcus Bell, owner of a bicycle
// shop", "Tom Hale, 54, a retired teacher,".

package quotes

import (
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// roleAfter is an apposition after the name that holds a role noun: "Marcus
// Bell, the owner of a bicycle shop near Fifth Street whose …". Ten words
// at most, and a name the tenth word is part of.
func (b *builder) roleAfter(p *para, m *mention, e *entity) described {
	k := e.kind
	toks := p.toks
	if inAddress(toks, m.runLo) {
		return described{} // the town of "X (52), of Quay Lane, Tarrow, the owner …" is not the owner
	}
	i := pastSetOffLetters(toks, m, pastAddress(toks, m.hi))
	if i+1 >= len(toks) || !toks[i].is(",") || toks[i+1].sent != toks[m.lo].sent {
		return described{}
	}
	lo := i + 1
	// "Tom Hale, 54, a retired teacher,": past the age.
	if lo+2 < len(toks) && isNumber(toks[lo].text) && toks[lo+1].is(",") {
		lo += 2
	}
	if !toks[lo].isWord() || toks[lo].capital() && !lexicon.Indefinites.Has(toks[lo].lower()) && !lexicon.Definites.Has(toks[lo].lower()) &&
		!lexicon.IsRole(toks[lo].text) && !possessiveName(p, lo) && !nameBeforeRole(p, lo) && !titleCaseJob(toks, lo) {
		return described{}
	}
	// ", and from inspectors of the board": a conjunction opens no
	// description.
	if w := toks[lo].lower(); w == "and" || w == "or" || w == "but" {
		return described{}
	}
	// ", not by her brother": a contrast, not a description; "The
	// club's doctor, Hoda al-Amiri, cleared the striker": the sentence's
	// verb after a name in apposition.
	if w := toks[lo].lower(); w == "not" || lexicon.Prepositions.Has(w) || verbWithObject(toks, lo) {
		return described{}
	}
	// "His son, also called Frank Oduya, is now the club's assistant
	// manager": the verb after a name set off as an apposition is the
	// sentence's, and what follows it the subject's role.
	if lexicon.Copulas.Has(toks[lo].lower()) {
		if m.runLo == 0 || !toks[m.runLo-1].is(",") && !toks[m.runLo-1].is("called") && !toks[m.runLo-1].is("named") {
			return described{}
		}
		for lo++; lo < len(toks) && toks[lo].isWord() && lexicon.Auxiliaries.Has(toks[lo].lower()) || lo < len(toks) && toks[lo].is("now"); lo++ {
		}
		if lo >= len(toks) || !lexicon.Definites.Has(toks[lo].lower()) && !lexicon.Indefinites.Has(toks[lo].lower()) {
			return described{}
		}
	}
	hi, role, d := lo, false, described{}
	for ; hi < len(toks) && (hi < lo+10 || (toks[hi].capital() || p.mentAt[hi] >= 0) && hi < lo+16) && toks[hi].isWord() && toks[hi].sent == toks[lo].sent && toks[hi].quote < 0; hi++ {
		w := toks[hi].lower()
		if w == "who" || w == "whose" || w == "which" || w == "that" || lexicon.SpeechVerbs.Has(w) {
			break
		}
		if !role && (headAt(k, toks, hi) || hi > lo && lexicon.CompoundRole(toks[hi-1].lower(), w) || k == Person && hi == lo && titleCaseJob(toks, lo)) {
			role = true
			if d.owner == nil {
				d.owner = b.ownerIn(p, lo, hi, e)
			}
		}
	}
	if !role && !(k == Person && indefiniteApposition(toks, lo, hi)) {
		return described{}
	}
	for j := lo + 1; j < hi && !lexicon.Copulas.Has(toks[i+1].lower()); j++ {
		if lexicon.Copulas.Has(toks[j].lower()) {
			// "Under clause 4 of the Consumer Credit Rules, the account
			// provider is jointly answerable": the comma closes an opening phrase, and the words
			// after it are the sentence's subject and verb.
			return described{}
		}
	}
	for lo < hi && (lexicon.Definites.Has(toks[lo].lower()) || lexicon.Indefinites.Has(toks[lo].lower())) {
		lo++
	}
	d.text = phrase(toks, lo, hi)
	if mi := p.mentAt[lo]; mi >= 0 && d.owner != nil && d.owner.kind == Organisation && p.ments[mi].ent == d.owner && p.ments[mi].runLo == lo && toks[p.ments[mi].hi-1].poss {
		// "Imre Vass, Copperbell Lane’s artistic director," after the
		// Copperbell Lane Playhouse: the body by the name the article gave it.
		if m := p.ments[mi]; len(d.owner.words) > m.hi-m.lo && m.hi < hi {
			d.text = possessiveOf(d.owner.name) + " " + phrase(toks, m.hi, hi)
		}
	}
	return d
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

// titleCaseJob reports whether an office in title case opens at token i:
// a noun WordNet knows only as a person's, then "of" ("Edwin Tolley,
// Rector of the Kelby Benefice,", "Warden of Fold").
func titleCaseJob(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].is("of") && jobNoun(fuzzy.Fold(toks[i].text))
}
