package quotes

import (
	"strings"

	"articlebot/lexicon"
)

// pairedKin reads a description that joins two family roles by "and",
// set off before two names joined by "and": "a father and son, Ugo Pell
// Sr., 70, and Ugo Pell Jr., 41," makes the first name the father and
// the second the son, of each other, rather than the first name both. It
// returns the second name's person and the two roles in the article's
// order, or nil when the description or the names are no such pair.
func pairedKin(p *para, m *mention, text string) (*entity, [2]string) {
	var kin [2]string
	parts := coordinated(text)
	if len(parts) != 2 {
		return nil, kin
	}
	for i, part := range parts {
		f := strings.Fields(strings.ToLower(part))
		if len(f) == 0 || !lexicon.Kin.Has(f[len(f)-1]) {
			return nil, kin
		}
		kin[i] = f[len(f)-1]
	}
	toks := p.toks
	k := m.hi
	if k+2 < len(toks) && toks[k].is(",") && isNumber(toks[k+1].text) && toks[k+2].is(",") {
		k += 3 // ", 61,"
	} else if k < len(toks) && toks[k].is(",") {
		k++
	}
	if k+1 >= len(toks) || !toks[k].is("and") || toks[k].sent != toks[m.lo].sent {
		return nil, kin
	}
	mi := p.mentAt[k+1]
	if mi < 0 || p.ments[mi].lo != k+1 {
		return nil, kin
	}
	o := p.ments[mi].ent
	if o == nil || o == m.ent || o.kind != Person {
		return nil, kin
	}
	return o, kin
}
