package quotes

import (
	"slices"
	"sort"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// ownedRole reads a lookup of a relation: "her brother" asks for the
// brother of a woman, "Kovač's counterpart" and "the governor's
// spokesperson" for the counterpart or spokesperson of whoever the words
// before the possessive find. It returns the role words and the owner;
// ok is false for a lookup that names no relation.
func (ix *Index) ownedRole(query string) ([]string, roleOwner, bool) {
	fields := strings.Fields(query)
	for len(fields) > 1 && strings.EqualFold(fields[0], "the") {
		fields = fields[1:]
	}
	if len(fields) > 1 {
		if g := lexicon.PronounGender(strings.ToLower(fields[0])); g != 0 && lexicon.PossessivePronouns.Has(strings.ToLower(fields[0])) {
			return fuzzy.Words(strings.Join(fields[1:], " ")), roleOwner{gender: g}, true
		}
	}
	for i := len(fields) - 2; i >= 0; i-- {
		owner, ok := trimPossessive(fields[i])
		if !ok {
			continue
		}
		m := ix.Find(strings.Join(append(append([]string(nil), fields[:i]...), owner), " "))
		if len(m.Speakers) == 0 {
			return nil, roleOwner{}, false
		}
		o := roleOwner{owners: []*entity{}}
		for _, s := range m.Speakers {
			for _, e := range ix.speakers {
				if e.name == s.Name {
					o.owners = append(o.owners, e)
				}
			}
		}
		return fuzzy.Words(strings.Join(fields[i+1:], " ")), o, true
	}
	return nil, roleOwner{}, false
}

// correctRoleWords replaces a misspelt role word ("oficial",
// "spokesprson") by the one word of the article's descriptions it is near
// (lexicon.NearWords), leaving words the descriptions hold alone.
func (ix *Index) correctRoleWords(words []string) []string {
	known := map[string]bool{}
	for _, es := range [][]*entity{ix.speakers, ix.unnamed} {
		for _, e := range es {
			for w := range e.roleWords {
				known[w] = true
			}
		}
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if known[w] || lexicon.IsRole(w) || lexicon.IsOrgNoun(w) || lexicon.FunctionWords.Has(w) {
			continue
		}
		var near []string
		for k := range known {
			if _, ok := lexicon.NearWords([]string{w}, []string{k}); ok {
				near = append(near, k)
			}
		}
		if len(near) == 1 {
			out[i] = near[0]
		}
	}
	return out
}

// byRole returns the people and organisations whose descriptions hold
// every word of a role phrase (folded, determiners dropped): "the
// committee's chair" finds the person who "chairs the council's
// transportation committee", "the hospital" the organisation with
// "Hospital" in its name, "the water company" the one described as one.
// One of the words must name the role or kind itself. Of several, those
// described by the phrase's own head noun ("the university": a
// university, not a university's hospital) are kept.
//
// A role with a rank that no description holds whole is the rank of
// whoever holds the role (byRank): "the deputy chair" is "her deputy".
func byRole(entities []*entity, words []string) []*entity {
	if es := byRoleOwned(entities, words, roleOwner{}); len(es) > 0 {
		return es
	}
	return byRank(entities, words)
}

// roleOwner narrows a role lookup to descriptions of a relation: "her
// brother" (gender 'f'), "Ortega's lawyer" (owners: the Ortegas).
type roleOwner struct {
	gender byte
	owners []*entity
}

func (o roleOwner) any() bool { return o.gender != 0 || o.owners != nil }

// fits reports whether r is a description of the relation.
func (o roleOwner) fits(r role) bool {
	if r.owner == nil {
		return false
	}
	if o.owners != nil {
		return slices.Contains(o.owners, r.owner)
	}
	return r.owner.gender == o.gender
}

func byRoleOwned(entities []*entity, words []string, o roleOwner) []*entity {
	raw := words
	words = roleTerms(strings.Join(words, " "))
	if len(words) == 0 {
		return nil
	}
	var out []*entity
	best := 0
	for _, e := range entities {
		var extra []string
		if e.kind == Organisation {
			extra = fuzzy.Words(e.name)
			if e.business() {
				extra = append(extra, "company", "firm")
			}
		}
		for _, r := range e.rels {
			if r.owner != nil {
				// "the union leader" for "Its leader, X," after a union:
				// the owner's name, and the nouns for what it is.
				extra = append(extra, fuzzy.Words(r.owner.name)...)
				extra = append(extra, r.owner.kindNouns()...)
			}
		}
		switch {
		case e.kind == Person && slices.ContainsFunc(words, func(w string) bool { return isHead(Person, w) || e.headed(w) || e.contracted(w) }) && hasRoleWords(e, words, extra):
		case e.kind == Organisation && slices.ContainsFunc(words, func(w string) bool {
			return lexicon.IsOrgNoun(w) || e.roleWords[w] || w == e.nameHead() || e.nameAdjective(w)
		}) &&
			hasRoleWords(e, words, extra):
		default:
			continue
		}
		if h := roleHead(Person, words); e.kind == Person && !o.any() && (!relativeAfter(words, h) && ownersOnly(e, h) || !rankedTogether(e, words)) {
			continue // "the new councillor's uncle" is no councillor, nor "a former nurse, the first councillor" a former councillor
		}
		score := roleFit(e, words, o)
		switch {
		case score > best:
			out, best = []*entity{e}, score
		case score == best && score > 0:
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].firstAt < out[j].firstAt })
	return inOwnWords(out, raw)
}

// roleFit rates how well e fits a role lookup whose words it holds: 2 when
// a description (or an organisation's name) is headed by the lookup's last
// role noun, 1 when the noun is only a modifier or a rank the lookup lacks
// makes it another office (lexicon.UnderRanks: "the governor" is Governor
// Ada Lim, not Deputy Governor Tom Reyes); 0 when an owner is asked for
// and no description of that relation has the noun.
func roleFit(e *entity, words []string, o roleOwner) int {
	qhead := roleHead(e.kind, words)
	if qhead == "" {
		qhead = words[len(words)-1]
	}
	fit := 1
	if e.kind == Organisation {
		if w := fuzzy.Words(e.name); len(w) > 0 && lexicon.CanonicalRole(w[len(w)-1]) == qhead {
			fit = 2
		}
	}
	owned := false
	for _, r := range e.rels {
		if r.head == qhead {
			if h := slices.Index(r.terms, qhead); h < 0 || !slices.ContainsFunc(r.terms[:h], func(w string) bool { return lexicon.UnderRanks.Has(w) && !slices.Contains(words, w) }) {
				fit = 2
			}
		}
		if o.any() && o.fits(r) && slices.Contains(r.terms, qhead) {
			owned = true
		}
	}
	if o.any() && !owned {
		return 0
	}
	if fit == 1 && e.kind == Person && othersRole(e, qhead) {
		return 0
	}
	return fit
}

// hasRoleWords reports whether every word is among e's role words or the
// extra words (an organisation's name, the names of those it is described
// in relation to), a plural matching its singular.
func hasRoleWords(e *entity, words, extra []string) bool {
	for _, w := range words {
		if !e.roleWords[w] && !e.roleWords[strings.TrimSuffix(w, "s")] && !slices.Contains(extra, w) &&
			!slices.Contains(extra, w+"s") && !e.roleWords[w+"s"] && !e.contracted(w) && !e.adjectiveRole(w) && !e.nameAdjective(w) && !e.ranAsOwner(w) {
			return false
		}
	}
	return true
}

// byRank finds, for a role with a rank before it that no description
// holds whole ("the deputy chair"), the people described by the rank
// alone in relation to whoever holds the role: "her deputy, Callum Rae"
// after Chair Morag Lindqvist is the deputy chair.
func byRank(entities []*entity, words []string) []*entity {
	words = roleTerms(strings.Join(words, " "))
	if len(words) < 2 || !lexicon.UnderRanks.Has(words[0]) {
		return nil
	}
	owners := byRoleOwned(entities, words[1:], roleOwner{})
	if len(owners) == 0 {
		return nil
	}
	return byRoleOwned(entities, words[:1], roleOwner{owners: owners})
}
