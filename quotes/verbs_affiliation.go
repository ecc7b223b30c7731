package quotes

// affiliation reports whether the words from i, after a name, only say
// where the person works or comes from, to the end of the clause: "said
// Jane Doe of the regional weather office.", "said Ann Lee from Bristol,".
func affiliation(toks []token, i int) bool {
	if i >= len(toks) || !toks[i].is("of") && !toks[i].is("at") && !toks[i].is("from") || toks[i].sent != toks[i-1].sent {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if endsClause(toks, j) {
			return j > i+1
		}
		if _, ok := speechVerb(toks, j, false); ok || toks[j].is("who") || toks[j].is("that") {
			return false
		}
	}
	return false
}

// maxAffiliationWords is how many words a body after "of", "at" or "from"
// may have between a name and its speech verb: "of the Moorland Alliance
// (MA)", "from the county's harbour trust". Longer is a clause of its own.
const maxAffiliationWords = 8

// affiliatedSubject finds the person whose affiliation ends at token j,
// just before a speech verb: "Councillor Ann Lee of the Harbour Party (HP)
// said …", "Tom Berg from the port authority said". The person's name must
// end right before "of", "at" or "from", so that "a spokesperson for
// Lumenar" and "the head of Lumenar" stay descriptions, and must not be
// the object of a preposition itself ("a friend of Ann Lee at the club").
func (b *builder) affiliatedSubject(p *para, lo, j int) (who, int, bool) {
	toks := p.toks
	for k := j; k > lo && k >= j-maxAffiliationWords-2; k-- {
		t := toks[k]
		if t.quote >= 0 || !t.isWord() && !t.is("(") && !t.is(")") {
			return who{}, 0, false
		}
		if !(t.is("of") || t.is("at") || t.is("from")) {
			continue
		}
		mi := p.mentAt[k-1]
		if mi < 0 {
			return who{}, 0, false
		}
		m := p.ments[mi]
		if m.hi != k || m.ent == nil || m.ent.kind != Person || toks[k-1].poss || afterPreposition(toks, m.runLo) {
			return who{}, 0, false
		}
		return who{ent: m.ent}, m.runLo, true
	}
	return who{}, 0, false
}
