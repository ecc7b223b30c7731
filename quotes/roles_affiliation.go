package quotes

// affiliated is a title role with what the name is said to be of or at
// after it (affiliationAfter): "Captain of Harl County Fire Rescue" for
// "Capt. Rosa Diaz of Harl County Fire Rescue said". The bare title is
// kept as a role of its own, for lookups by it ("the captain"); this one
// comes first, as the speaker list shows it. A title someone else's
// ("Trump envoy") has none.
func affiliated(p *para, m *mention, title described) described {
	if title.text == "" || title.owner != nil {
		return described{}
	}
	if aff := affiliationAfter(p, m); aff != "" {
		return described{text: title.text + " " + aff}
	}
	return described{}
}

// affiliationAfter is what a titled name is said to be of or at, set
// after the name: "Capt. Rosa Diaz of Harl County Fire Rescue said" makes
// her the captain of Harl County Fire Rescue, "Mayor Ann Lee of Tarrow"
// the mayor of Tarrow, and "Det. Sgt. Ann Roe, of the force's fraud unit,
// said" the detective sergeant of the force's fraud unit. The phrase is a
// name of a body or a place, or, set off by commas, a phrase of at most
// six words; it is "" when none follows.
func affiliationAfter(p *para, m *mention) string {
	toks := p.toks
	k, comma := m.hi, false
	if k < len(toks) && toks[k].is(",") {
		k, comma = k+1, true
	}
	if k+1 >= len(toks) || toks[k].sent != toks[m.lo].sent || toks[k].quote >= 0 || !toks[k].is("of") && !toks[k].is("at") {
		return ""
	}
	j := k + 1
	if toks[j].is("the") {
		j++
	}
	if j < len(toks) && toks[j].sent == toks[k].sent && p.mentAt[j] >= 0 {
		if om := &p.ments[p.mentAt[j]]; om.lo == j && om.ent != m.ent && !toks[om.hi-1].poss && (om.ent == nil || om.ent.kind == Organisation || om.ent.quotes+om.ent.statements == 0) {
			// A name after "of" that says nothing is a place's, though
			// read as a person's ("Mayor Leo Vann of Santa Rita").
			return phrase(toks, k, om.hi)
		}
	}
	if !comma {
		return ""
	}
	// "…, of the force's fraud unit, said": a phrase set off by commas.
	for e := k + 1; e < len(toks) && e-k <= 7; e++ {
		t := toks[e]
		if t.sent != toks[k].sent || t.quote >= 0 {
			return ""
		}
		if t.is(",") {
			if e-k < 3 {
				return ""
			}
			return phrase(toks, k, e)
		}
		if !t.isWord() {
			return ""
		}
	}
	return ""
}
