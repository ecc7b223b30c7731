package quotes

import (
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// group is a plural source the article last said spoke, not named ("three
// nurses on the night shift said …"), and the sentence it spoke in.
type group struct {
	name string
	sent int
}

// groupBack is how many sentences after a group spoke "one of them" may
// still pick one of its members: the next sentence, or the one after.
const groupBack = 2

// noteGroup records name, a speaker of sentence sid, when it is a plural
// source that one of its members may speak for later.
func (b *builder) noteGroup(name string, sid int) {
	if _, ok := oneOf(name); ok {
		b.group = group{name, sid}
	}
}

// oneOfGroup finds the speaker of a verb at v whose subject, from lo, is
// "one of them" or "one of those", perhaps with a clause set off by
// commas ("One of them, who has worked there a decade, said:"): a member
// of the group the sentence before said spoke ("Three nurses on the night
// shift said …"), named as the article names the group, in the singular:
// "a nurse on the night shift".
func (b *builder) oneOfGroup(p *para, lo, v int) (who, bool) {
	toks := p.toks
	if lo+3 > v || !toks[lo].isWord() || toks[lo].lower() != "one" || !toks[lo+1].is("of") {
		return who{}, false
	}
	k := lo + 3
	switch {
	case toks[lo+2].is("them") || toks[lo+2].is("those"):
	case toks[lo+2].is("the") && lo+4 <= v && toks[lo+3].isWord() && b.group.name != "" && slices.Contains(strings.Fields(b.group.name), toks[lo+3].lower()):
		// "Two officials close to the talks said …. “…,” one of
		// the officials said": the group's own plural noun.
		if _, ok := singular(toks[lo+3].lower()); !ok {
			return who{}, false
		}
		k = lo + 4
	default:
		return who{}, false
	}
	if k < v && toks[k].is(",") {
		for k++; k < v && !toks[k].is(","); k++ {
		}
		k++
	}
	for ; k < v && toks[k].isWord() && lexicon.Auxiliaries.Has(toks[k].lower()); k++ {
	}
	sid := int(toks[lo].sent)
	if k != v || b.group.name == "" || b.group.sent >= sid || b.group.sent < sid-groupBack {
		return who{}, false
	}
	name, _ := oneOf(b.group.name)
	return who{generic: name}, true
}

// oneOf returns a member of the plural source group, in the singular with
// "a" or "an" for its quantifier: "three nurses on the night shift" is
// "a nurse on the night shift", "two people at the depot" "a person at the depot", "several senior officials at the
// ministry" "a senior official at the ministry". It reports false when
// group is no counted plural.
func oneOf(group string) (string, bool) {
	// Most speakers are names: the first word decides before any split.
	if q, _, _ := strings.Cut(group, " "); !lexicon.Quantifiers.Has(q) && !isDigits(q) {
		return "", false
	}
	ws := strings.Fields(group)
	if len(ws) < 2 || !lexicon.Quantifiers.Has(ws[0]) && !isDigits(ws[0]) {
		return "", false
	}
	for i := 1; i < len(ws) && i < 4; i++ {
		one, ok := singular(ws[i])
		if !ok {
			continue
		}
		rest := append(append(append([]string(nil), ws[1:i]...), one), ws[i+1:]...)
		return indefiniteArticle(rest[0]) + " " + strings.Join(rest, " "), true
	}
	return "", false
}

// singular returns the singular of a plural noun for people: "people" is
// "person", "officials" "official", "witnesses" "witness", "deputies"
// "deputy"; WordNet must know the singular as a noun for a person.
func singular(w string) (string, bool) {
	if one, ok := lexicon.IrregularPlurals[w]; ok {
		return one, true
	}
	for _, c := range [][2]string{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if stem, ok := strings.CutSuffix(w, c[0]); ok && len(stem) > 1 && !strings.HasSuffix(w, "ss") {
			if one := stem + c[1]; lexicon.Noun(fuzzy.Fold(one)).Person {
				return one, true
			}
		}
	}
	return "", false
}

// pluralOfJob reports whether w is the plural of a noun WordNet knows only
// as a person's ("reviewers", "stewards"): one of them is a person.
func pluralOfJob(w string) bool {
	one, ok := singular(w)
	return ok && jobNoun(fuzzy.Fold(one))
}

// pastOneOf returns where the words after "one of them," or "one of those,"
// at lo start, before start: the name set off after it is the one who
// speaks ("“…”, as one of them, Brit Solheim, said afterwards"). Else lo.
func pastOneOf(toks []token, lo, start int) int {
	if lo+4 > start || !toks[lo].isWord() || toks[lo].lower() != "one" || !toks[lo+1].is("of") ||
		!toks[lo+2].is("them") && !toks[lo+2].is("those") || !toks[lo+3].is(",") {
		return lo
	}
	return lo + 4
}

// memberRole is the role of a person named after "one of them," when
// "them" are members counted earlier in the sentence as an
// organisation's: "the opposition Growers’ League objects, yet two of
// its members backed …, as one of them, Brit Solheim, said" makes her a
// "member of the opposition Growers’ League". Else "".
func memberRole(p *para, m *mention) string {
	toks := p.toks
	lo := m.runLo - 4
	if lo < 0 || pastOneOf(toks, lo, m.runLo) != m.runLo {
		return ""
	}
	for k := lo - 1; k >= 2 && toks[k].sent == toks[lo].sent; k-- {
		if !toks[k].isWord() || !toks[k-1].is("its") && !toks[k-1].is("their") || !toks[k-2].is("of") {
			continue
		}
		one, ok := singular(toks[k].lower())
		if !ok {
			return ""
		}
		for j := k - 3; j >= 0 && toks[j].sent == toks[k].sent; j-- {
			if mi := p.mentAt[j]; mi >= 0 && p.ments[mi].ent != nil && p.ments[mi].ent.kind == Organisation {
				return one + " of " + orgPhrase(p, &p.ments[mi])
			}
		}
		return ""
	}
	return ""
}

// orgPhrase is an organisation's name with the words the article writes
// around it: "the opposition Growers’ League", "the Blue Coast party".
func orgPhrase(p *para, m *mention) string {
	toks := p.toks
	lo, hi := m.runLo, m.hi
	if d := orgPremodifier(p, m); d.text != "" {
		lo -= len(strings.Fields(d.text)) + 1
	} else if afterThe(toks, m.runLo) {
		lo--
	}
	if hi < len(toks) && toks[hi].isWord() && !toks[hi].capital() && lexicon.IsOrgNoun(toks[hi].lower()) {
		hi++
	}
	out := phrase(toks, lo, hi)
	if lo < m.runLo {
		out = strings.ToLower(out[:1]) + out[1:] // "The opposition …" opening its sentence
	}
	return out
}
