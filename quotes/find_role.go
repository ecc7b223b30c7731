package quotes

import (
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
