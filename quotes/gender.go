package quotes

import "articlebot/lexicon"

// inferGenders gives people whose sex neither a title nor noteGenders told
// a sex from what the article says of them before any pronoun is resolved
// in attribution: a gendered role
// ("her husband, Karl Adler", "his wife Pauline") or a pronoun that follows
// the name when the name is the only person named so far in the sentence
// ("Ruth Adler and her husband", "Tobias Wren … he runs"), or opens the
// next sentence after one that named only that person. Conflicting
// evidence leaves the sex unknown; no evidence leaves the sex of the first
// name (lexicon.GivenSex), if it has one.
func (b *builder) inferGenders() {
	note := func(e *entity, g byte) {
		switch e.sexSeen {
		case 0:
			e.sexSeen = g
		case g:
		default:
			e.sexSeen = 'x'
		}
	}
	for _, e := range b.rs.people {
		// Only the noun a description is about says whose sex it is: the
		// "brothers" of "an analyst at Lund Brothers" do not.
		for _, r := range e.rels {
			switch {
			case lexicon.MaleNouns.Has(r.head):
				note(e, 'm')
			case lexicon.FemaleNouns.Has(r.head):
				note(e, 'f')
			}
		}
	}
	for _, e := range b.rs.people {
		if e.sexGuessed && e.sexSeen != 0 && e.sexSeen != 'x' {
			// "(Okafor's son, Chidi Okafor, …) Her broth takes 11
			// hours": the role says more than a pronoun that opens the
			// next sentence.
			e.gender = e.sexSeen
		}
	}
	var prevOnly *entity // the one person the previous sentence named, if one
	for _, p := range b.paras {
		var only *entity
		people, sent := 0, int32(-1)
		for k, t := range p.toks {
			if t.sent != sent {
				if sent >= 0 {
					prevOnly = nil
					if people == 1 {
						prevOnly = only
					}
				}
				only, people, sent = nil, 0, t.sent
			}
			if t.quote >= 0 || !t.isWord() {
				continue
			}
			if mi := p.mentAt[k]; mi >= 0 {
				if m := p.ments[mi]; m.lo == k && m.ent != nil && m.ent.kind == Person {
					people++
					only = m.ent
					if m.runLo > 0 && p.toks[m.runLo-1].is("by") {
						// "In a statement read by Dana Hay, his family
						// said": an agent after "by" is not whom the
						// sentence's pronouns are about.
						people++
					}
				}
				continue
			}
			across := false
			if people == 0 && prevOnly != nil && sentenceInitial(p.toks, k) {
				// "Ana Ruiz founded the firm. Her deputy, …": a
				// sentence opening with a pronoun continues the person
				// the sentence before was about.
				only, across = prevOnly, true
			} else if people != 1 {
				continue
			}
			g := pronounSex(t.text)
			if across && contradicts(only, g) {
				continue
			}
			if g != 0 && !objectPronoun(p.toks, k) {
				note(only, g)
			}
		}
	}
	for _, e := range b.rs.people {
		if e.gender == 0 && e.sexSeen != 'x' {
			e.gender = e.sexSeen
		}
		if e.gender == 0 && e.sexSeen == 0 {
			// Nothing in the article says: a first name nearly always
			// given to one sex does ("Frank Dunmore … she said" is not
			// about him).
			e.gender = givenSex(e)
		}
	}
}

// pronounSex is lexicon.PronounGender for a word in any case, without
// allocating: the lower-case copy lives on the stack.
func pronounSex(w string) byte {
	var buf [8]byte
	if len(w) > len(buf) {
		return 0
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lexicon.PronounGender(string(buf[:len(w)]))
}

// objectPronoun reports whether token k is "him", or "her" as an object
// rather than a possessive ("joined her for the last stage", "told her."),
// which in its clause is someone other than the subject named before it:
// "Her husband, Luis Carvalho, joined her" says nothing of Luis's sex.
func objectPronoun(toks []token, k int) bool {
	switch toks[k].lower() {
	case "him":
		return true
	case "her":
		n := k + 1
		return n >= len(toks) || !toks[n].isWord() || toks[n].sent != toks[k].sent ||
			lexicon.FunctionWords.Has(toks[n].lower()) || lexicon.Prepositions.Has(toks[n].lower())
	}
	return false
}

// givenSex is the sex of e's first name (lexicon.GivenSex), 0 for a name
// of one word or a first name given to both sexes.
func givenSex(e *entity) byte {
	if len(e.words) < 2 {
		return 0
	}
	return lexicon.GivenSex(e.words[0])
}

// contradicts reports whether a pronoun of sex g that opens the sentence
// after e's goes against e's first name: in "Ben Hale replied a month
// later. Her letter reads:" the "her" goes back further.
func contradicts(e *entity, g byte) bool {
	s := givenSex(e)
	return s != 0 && g != 0 && s != g
}

// titleSex returns the sex a title gives ('f' for "Ms", 'm' for "Mr"), or
// 0.
func titleSex(t string) byte {
	switch {
	case lexicon.FemaleTitles.Has(t):
		return 'f'
	case lexicon.MaleTitles.Has(t):
		return 'm'
	}
	return 0
}

// ofSex returns the people of cands who may be of sex g, by what the
// article has said of them so far or by their given name
// (lexicon.GivenSex); all of them when g is 0 or none may be.
func ofSex(cands []*entity, g byte) []*entity {
	if g == 0 {
		return cands
	}
	var fit []*entity
	for _, e := range cands {
		if sex := sexOf(e); sex == 0 || sex == g {
			fit = append(fit, e)
		}
	}
	if len(fit) == 0 {
		return cands
	}
	return fit
}
