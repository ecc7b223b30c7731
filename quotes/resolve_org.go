package quotes

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// affiliations makes organisations of the unresolved names of two words
// or more that a person's role names as where the person belongs: "Port
// Calder coach Viktor Hanssen", "Harwell Town goalkeeper Ann Lee". Such a
// name is a team, a firm or a club, unless the role governs a place
// ("Texas governor Greg Abbott", lexicon.PlaceOffices) or the article puts
// the name where places stand ("in Port Calder"), anywhere.
func (rs *resolver) affiliations(all []mref) {
	var place map[string]bool
	for _, r := range all {
		m := r.m()
		if !r.hintIs(unknown) || m.ent != nil || r.size() < 2 || r.quoted() || !rolePremodifier(r.p, m) && !roleComplement(r.p, m) {
			continue
		}
		if place == nil {
			place = placeNames(all)
		}
		if key := strings.Join(fuzzy.Words(r.name()), " "); place[key] {
			continue
		}
		if e := rs.findOrg(r); e != nil {
			r.attach(e)
			continue
		}
		rs.newOrg(r)
	}
}

// rolePremodifier reports whether the mention m stands right before a
// lower-case role and a person's name: "Port Calder coach Viktor
// Hanssen".
func rolePremodifier(p *para, m *mention) bool {
	toks := p.toks
	j := m.hi
	role := false
	for ; j < len(toks) && j < m.hi+3 && toks[j].isWord() && !toks[j].capital() && toks[j].sent == toks[m.lo].sent; j++ {
		w := toks[j].lower()
		if lexicon.PlaceOffices.Has(w) {
			return false
		}
		role = role || lexicon.IsRole(w) || jobNoun(fuzzy.Fold(w))
	}
	if !role || j >= len(toks) {
		return false
	}
	mi := p.mentAt[j]
	return mi >= 0 && p.ments[mi].runLo == j && p.ments[mi].ent != nil && p.ments[mi].ent.kind == Person
}

// roleComplement reports whether the mention m is where a role belongs,
// after "at", "of" or "for" and a role noun at most four words back: "the
// maintenance manager at Pellow Quay Cranes", "chief executive of
// Marlow Foods", "a spokesperson for Kessock Buses".
func roleComplement(p *para, m *mention) bool {
	toks := p.toks
	k := m.runLo - 1
	if k < 1 || !toks[k].is("at") && !toks[k].is("of") && !toks[k].is("for") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if !t.isWord() || t.capital() && !sentenceInitial(toks, j) || t.quote >= 0 || t.sent != toks[m.lo].sent {
			return false
		}
		if lexicon.IsRole(t.text) || jobNoun(fuzzy.Fold(t.text)) {
			return true
		}
	}
	return false
}

// placeNames returns the folded names the article puts after a preposition
// of place ("in Port Calder", "to Harwell Town"), which may open the run
// of capitals ("In Ashby Moor, …").
func placeNames(all []mref) map[string]bool {
	out := map[string]bool{}
	for _, r := range all {
		// "the head of security at Fenby Docks" names where the role
		// belongs, not a place.
		if m := r.m(); (afterPlacePreposition(r.p, m.runLo) || afterPlacePreposition(r.p, m.lo)) && !roleComplement(r.p, m) {
			out[strings.Join(fuzzy.Words(r.name()), " ")] = true
		}
	}
	return out
}

// sameAsOrg makes an organisation of every mention of a name the article
// elsewhere shows to be an organisation's ("the operator, Harlow
// Docks," then "Harlow Docks said"): a name that speaks is taken
// for a person's only when nothing says otherwise. A titled name stays a
// person's.
func sameAsOrg(all []mref) {
	var orgs, last map[string]bool // organisations' names as written, and their last words, to join only names that may match
	for _, r := range all {
		if !r.hintIs(organisation) {
			continue
		}
		if orgs == nil {
			orgs, last = map[string]bool{}, map[string]bool{}
		}
		orgs[r.name()] = true
		last[r.p.toks[r.m().hi-1].text] = true
	}
	for _, r := range all {
		if r.hintIs(person) && r.m().title == "" && last[r.p.toks[r.m().hi-1].text] && orgs[r.name()] {
			r.m().hint = organisation
		}
	}
}

// shortOrgNames attaches a one-word name that is neither a person's nor an
// organisation's of its own to the organisation it starts (orgStartingWith).
func (rs *resolver) shortOrgNames(all []mref) {
	for _, r := range all {
		if !r.hintIs(unknown) || r.m().ent != nil {
			continue
		}
		// A club's last word ("Rovers" for Halbrook Rovers, before the
		// Rovers Supporters Trust) is its name already (newOrg).
		if e := rs.orgStartingWith(r); e != nil && rs.findOrg(r) == nil && rs.findPerson(r) == nil {
			r.attach(e)
		}
	}
}

// orgStartingWith returns the one organisation whose name of two words or
// more starts with the one-word mention r, when the article never writes
// the word in lower case: "Meridor said", "Meridor's spokesperson" after
// "Meridor Terminals".
func (rs *resolver) orgStartingWith(r mref) *entity {
	if r.quoted() {
		return nil
	}
	if !r.single() {
		// "Copperbell Lane’s director" after the Copperbell Lane Playhouse:
		// the opening words of one body's longer name.
		words := foldAll(r.words())
		e := rs.orgFirst[words[0]]
		if e == nil || e == ambiguous || len(e.words) <= len(words) || !holdsRun(e.words[:len(words)], words) {
			return nil
		}
		for _, w := range e.words[len(words):] {
			if !lexicon.LegalSuffixes.Has(w) {
				return e
			}
		}
		return nil // "Vardhan Textiles" and "Vardhan Textiles Ltd" keep the merger rules they had
	}
	w := fuzzy.Fold(r.words()[0])
	if rs.lower[w] {
		return nil
	}
	if e := rs.orgFirst[w]; e != ambiguous {
		return e
	}
	return nil
}

// ambiguous marks a first word that starts the names of two organisations.
var ambiguous = &entity{}

// newOrg makes an organisation named by mention r and files its name and
// its endings of two or more words.
func (rs *resolver) newOrg(r mref) {
	e := rs.newEntity(r, Organisation)
	rs.orgs = append(rs.orgs, e)
	w := fuzzy.Words(e.name)
	rs.orgNames[strings.Join(w, " ")] = e
	if len(w) > 1 && len(e.words) > 0 {
		if f := fuzzy.Fold(e.words[0]); rs.orgFirst[f] == nil {
			rs.orgFirst[f] = e
		} else {
			rs.orgFirst[f] = ambiguous
		}
	}
	for i := 1; i+2 <= len(w); i++ {
		if key := strings.Join(w[i:], " "); rs.orgNames[key] == nil {
			rs.orgNames[key] = e
		}
	}
	// "Corvell Glazing" after "Corvell Glazing Ltd": the name without its
	// legal suffixes is the company's too.
	if n := len(e.words) - legalTail(e.words); n >= 1 && n < len(e.words) {
		if key := strings.Join(fuzzy.Words(strings.Join(e.words[:n], " ")), " "); rs.orgNames[key] == nil && (n > 1 || !rs.lower[key]) {
			rs.orgNames[key] = e
		}
	}
	// e.words are the name's words as the article writes them and w
	// their folded forms, which can be fewer or more ("0,OL0,00" folds to
	// other words than it splits into): the last of each is used.
	if n := len(w); n >= 2 && len(e.words) > 0 && lexicon.ClubHeads.Has(e.words[len(e.words)-1]) && rs.orgNames[w[n-1]] == nil {
		// "Rovers" for Bramsworth Rovers, even after the Rovers
		// Supporters Trust: a club goes by its last word.
		rs.orgNames[w[n-1]] = e
	}
	// A company goes by the name before its heads: "Corvane" for "Corvane
	// Systems", unless that word is an ordinary one ("White House").
	if len(w) >= 2 && len(e.words) > 0 && !rs.lower[w[0]] && rs.orgNames[w[0]] == nil {
		heads := true
		for _, x := range e.words[1:] {
			heads = heads && lexicon.OrgHeads.Has(x)
		}
		if heads {
			rs.orgNames[w[0]] = e
		}
	}
}

// findOrg returns the organisation named by r's words, or whose name ends
// with these two or more words ("Port Authority"). The key is made in
// buffers on the stack: joined, folded, split and joined again in copies,
// it was about a tenth of resolving a 4.5 MB article's names.
func (rs *resolver) findOrg(r mref) *entity {
	var words [8]string
	var folded, key [96]byte
	return rs.orgNames[string(orgKey(key[:0], folded[:0], r.m().appendWords(words[:0], r.p.toks)))]
}

// orgKey appends to dst the key under which orgNames files the name of
// these words, strings.Join(fuzzy.Words(strings.Join(words, " ")), " "),
// folding into scratch.
func orgKey(dst, scratch []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			scratch = append(scratch, ' ')
		}
		for _, r := range w {
			scratch = fuzzy.AppendFold(scratch, r)
		}
	}
	n := 0
	field := func(f []byte) {
		f = bytes.TrimSuffix(bytes.Trim(f, "'-."), []byte("'s"))
		if len(f) == 0 {
			return
		}
		if n > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, f...)
		n++
	}
	start := -1
	for i := 0; i < len(scratch); {
		r, size := utf8.DecodeRune(scratch[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '.' {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			field(scratch[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		field(scratch[start:])
	}
	return dst
}
