package quotes

import "articlebot/lexicon"

// byKinOf answers a lookup of a relative by the relation seen from the
// other side: "Aksel Solheim's mother" when the article only calls Aksel
// "her son" (his description is owned by his mother), "Tom Hale's father"
// when it calls Tom "his son". words are the lookup's role words after
// the possessive; o holds the people the possessive found. The relative
// must not be of the other sex: a "mother" is no man.
func byKinOf(words []string, o roleOwner) []*entity {
	if len(words) != 1 || len(o.owners) == 0 {
		return nil
	}
	var out []*entity
	for _, x := range o.owners {
		for _, r := range x.rels {
			if r.owner == nil || r.owner.kind != Person || containsEntity(out, r.owner) {
				continue
			}
			sex, ok := lexicon.KinConverse(r.head, words[0])
			if ok && (sex == 0 || r.owner.gender == 0 || r.owner.gender == sex) {
				out = append(out, r.owner)
			}
		}
	}
	return out
}
