package quotes

import (
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// epithet resolves a definite description that stands for a person named
// before, as the subject of the speech verb after token j: "the
// 43-year-old said" is the one person the article gave that age (", 43,");
// "the father-of-two told" the nearest man named before, "the
// grandmother said" the nearest woman. A description with an age that fits
// no one, or fits several, is still an attribution: the quotation then
// has no speaker rather than the wrong one, so st is found with an empty
// who. Other descriptions are left to the other rules (none).
func (b *builder) epithet(p *para, lo, j int) (who, int, status) {
	toks := p.toks
	k := j
	for k > lo && k > j-3 && toks[k-1].isWord() && !lexicon.Definites.Has(toks[k-1].lower()) {
		k--
	}
	if k-1 < lo || !toks[k-1].is("the") && !toks[k-1].is("The") {
		return who{}, 0, none
	}
	age, gender := "", byte(0)
	for _, t := range toks[k : j+1] {
		if t.quote >= 0 || t.poss {
			return who{}, 0, none
		}
		parts := strings.Split(t.lower(), "-")
		if len(parts) == 3 && parts[1] == "year" && parts[2] == "old" && isDigits(parts[0]) {
			age = parts[0]
		}
		for _, w := range parts {
			switch {
			case lexicon.MaleNouns.Has(w):
				gender = 'm'
			case lexicon.FemaleNouns.Has(w):
				gender = 'f'
			}
		}
	}
	if age == "" && gender == 0 {
		return who{}, 0, none
	}
	start := k - 1
	if age != "" {
		var fit []*entity
		for _, e := range b.ages()[age] {
			if gender == 0 || e.gender == 0 || e.gender == gender {
				fit = append(fit, e)
			}
		}
		if len(fit) == 1 {
			return who{ent: fit[0]}, start, found
		}
		return who{}, start, found
	}
	pro := "he"
	if gender == 'f' {
		pro = "she"
	}
	if e := b.pronoun(int(toks[j].sent), pro); e != nil {
		return who{ent: e}, start, found
	}
	return who{}, start, found
}

// ages maps each age the article gives a person right after the name
// ("Denise Okafor, 43,", "Oyelaran, 52,") to the people of that age.
func (b *builder) ages() map[string][]*entity {
	if b.ageOf != nil {
		return b.ageOf
	}
	b.ageOf = map[string][]*entity{}
	for _, p := range b.paras {
		toks := p.toks
		for _, m := range p.ments {
			e, h := m.ent, m.hi
			if e == nil || e.kind != Person || h+2 >= len(toks) || !toks[h].is(",") || !toks[h+2].is(",") || !isDigits(toks[h+1].text) {
				continue
			}
			if !containsEntity(b.ageOf[toks[h+1].text], e) {
				b.ageOf[toks[h+1].text] = append(b.ageOf[toks[h+1].text], e)
			}
		}
	}
	return b.ageOf
}

func containsEntity(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// isDigits reports whether s is a non-empty run of digits.
func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}
