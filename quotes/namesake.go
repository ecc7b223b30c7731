package quotes

import (
	"slices"
	"sort"
	"strconv"

	"articlebot/lexicon"
)

// namesake returns which of the people who share a surname a use of it
// alone at mention m means (the caller settles what the article says
// before it):
//   - "Capt. Colley": the one who bears the title;
//   - "Colley senior", "the elder Colley", "Colley junior", "the younger
//     Colley": the elder or younger of them, by their family roles (a son
//     is younger than his father) or by the ages the article gives, of
//     those the pronoun after the name (g, 0 for none) fits;
//   - else the one the paragraph itself named last: "Colley's son, Tobias
//     Colley, was blunt. ‘…,’ Colley said" is Tobias, whoever the story
//     called "Colley" before;
//   - else nil, and the story-wide rules decide (principals, bareBefore).
func (b *builder) namesake(p *para, m *mention, cands []*entity, at int, g byte) *entity {
	if len(cands) < 2 {
		return nil
	}
	if m.senior != 0 {
		// The mark namesakeWord read ("Colley senior", "the elder
		// Colley"), when no namesake carries it in a name of its own
		// (findPerson settled those), among those the pronoun after it
		// fits: "Duffy senior, 54, who guided his son" is not the mother,
		// however elder a mother is. It comes before a title: in "the
		// elder Mr Sallis" the title is on whoever the mention was first
		// attached to.
		if e := b.bySeniority(ofGender(cands, g), int(m.senior)); e != nil {
			return e
		}
	}
	if m.title != "" {
		// "Capt. Villanueva": a title only one of them bears decides
		// (findPerson), wherever the other was named.
		return titled(cands, m.title)
	}
	var last *entity
	lastAt := -1
	for _, e := range cands {
		if r := lastRef(e, at); r > lastAt {
			last, lastAt = e, r
		}
	}
	if lastAt >= p.start {
		return last
	}
	return nil
}

// ofGender returns the people of cands who may be of sex g (all when g is
// 0, or when none may).
func ofGender(cands []*entity, g byte) []*entity {
	if g == 0 {
		return cands
	}
	var fit []*entity
	for _, c := range cands {
		if c.gender == 0 || c.gender == g {
			fit = append(fit, c)
		}
	}
	if len(fit) == 0 {
		return cands
	}
	return fit
}

// titled returns the one of cands who bears the title t, or nil.
func titled(cands []*entity, t string) *entity {
	var one *entity
	for _, e := range cands {
		if slices.Contains(e.titles, t) {
			if one != nil {
				return nil
			}
			one = e
		}
	}
	return one
}

// ofTitleSex returns the one of cands, people sharing a surname, whose sex
// the gendered title t ("Ms", "Mr") fits when the others' sex does not:
// "Ms Brandt" after Ilse Brandt and her cousin Mr Brandt is Ilse, whoever
// was named last. A person's sex is the one a title gave them, else their
// first name's; one whose sex is unknown fits any title. Of several that
// fit, the latest introduced before at; nil when none or every candidate
// fits.
func ofTitleSex(cands []*entity, t string, at int) *entity {
	var g byte
	switch {
	case lexicon.FemaleTitles.Has(t):
		g = 'f'
	case lexicon.MaleTitles.Has(t):
		g = 'm'
	default:
		return nil
	}
	var best *entity
	fit := 0
	for _, e := range cands {
		sex := e.gender
		if sex == 0 {
			sex = givenSex(e)
		}
		if sex != 0 && sex != g {
			continue
		}
		fit++
		if best == nil || e.introAt < at && (best.introAt > at || e.introAt > best.introAt) {
			best = e
		}
	}
	if fit == len(cands) {
		return nil
	}
	return best
}

// bySeniority returns the elder (s > 0) or the younger (s < 0) of cands
// when the article tells them apart: one bears a younger family role (son,
// daughter, nephew) and another an elder one or none, or the article gives
// their ages. Else nil.
func (b *builder) bySeniority(cands []*entity, s int) *entity {
	var younger, elder []*entity
	for _, e := range cands {
		switch generation(e) {
		case -1:
			younger = append(younger, e)
		case 1:
			elder = append(elder, e)
		}
	}
	if len(cands) == 2 && len(younger)+len(elder) > 0 {
		// One family role is enough: the son's father is the other.
		for _, e := range cands {
			if !containsEntity(younger, e) && !containsEntity(elder, e) {
				if len(younger) == 1 {
					elder = append(elder, e)
				} else if len(elder) == 1 {
					younger = append(younger, e)
				}
			}
		}
	}
	pick := younger
	if s > 0 {
		pick = elder
	}
	if len(pick) == 1 {
		return pick[0]
	}
	return b.byAge(cands, s)
}

// generation returns -1 for a person the article introduces as someone's
// son, daughter, nephew or grandchild, +1 as someone's father, mother,
// uncle or grandparent, else 0.
func generation(e *entity) int {
	g := 0
	for w := range e.roleWords {
		switch {
		case lexicon.YoungerKin.Has(w):
			g = -1
		case lexicon.ElderKin.Has(w) && g == 0:
			g = 1
		}
	}
	return g
}

// byAge returns the oldest (s > 0) or youngest (s < 0) of cands when the
// article gives each an age after a full name ("Bernard Colley, 58,") and
// no two the same; else nil.
func (b *builder) byAge(cands []*entity, s int) *entity {
	if b.fullAges == nil {
		// Read once, when the first mark of seniority needs it.
		b.fullAges = map[*entity]int{}
		for _, p := range b.paras {
			toks := p.toks
			for _, m := range p.ments {
				h := m.hi
				if m.ent == nil || m.ent.kind != Person || m.hi-m.lo < 2 {
					continue
				}
				if h+2 < len(toks) && toks[h].is(",") && toks[h+2].is(",") && isDigits(toks[h+1].text) {
					if n, err := strconv.Atoi(toks[h+1].text); err == nil {
						b.fullAges[m.ent] = n
					}
				}
			}
		}
	}
	age := map[*entity]int{}
	for _, e := range cands {
		if n, ok := b.fullAges[e]; ok {
			age[e] = n
		}
	}
	if len(age) != len(cands) {
		return nil
	}
	var best *entity
	tie := false
	for _, e := range cands {
		switch {
		case best == nil || s > 0 && age[e] > age[best] || s < 0 && age[e] < age[best]:
			best, tie = e, false
		case age[e] == age[best]:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// markSeniority notes, of each set of namesakes the article tells apart
// by kin roles or ages, who is the elder and who the younger, so that a
// lookup of "the elder Sallis" finds him when no name carries "senior".
func (b *builder) markSeniority() {
	keys := make([]string, 0, len(b.rs.bySurname))
	for k, group := range b.rs.bySurname {
		if len(group) >= 2 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys) // the same marks whatever the map's order
	if b.fullAges == nil {
		// The ages read here are for these marks only; a mark in the
		// text reads them again (byAge), so builds that differ only in
		// workers stay deeply equal (TestParallelBuildMatchesSequential).
		defer func() { b.fullAges = nil }()
	}
	for _, k := range keys {
		group := b.rs.bySurname[k]
		for s := 1; s >= -1; s -= 2 {
			if e := b.bySeniority(group, s); e != nil && e.seniority == 0 {
				e.seniority = int8(s)
			}
		}
	}
}
