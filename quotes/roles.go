package quotes

import (
	"slices"
	"sort"
	"strings"

	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
)

// Roles returns the role the article gives each person it names, by
// canonical name, and what it says each organisation is ("the Eastbrook
// Food Alliance, a charity that …"): the first description Build
// collected, in article order — a title ("Trump envoy Steve Witkoff"), a
// description set off before the name ("Valdoria's trade minister, Ilse
// Brandvold,") or after it ("Kristine Berzina, a managing director at the
// German Marshall Fund think tank,"), a relative clause ("who chairs …"),
// a predicate ("is the team's captain"). People the article describes
// nowhere are left out.
func Roles(a *article.Article, ix *Index) map[string]string {
	out := map[string]string{}
	for _, e := range ix.speakers {
		if len(e.roles) > 0 {
			out[e.name] = e.roles[0]
		}
	}
	return out
}

// role is one description of an entity in the article's words, with
// whose it is when the article says: Maria Ortega for "Maria Ortega's
// lawyer", the person "her" refers to for "her younger brother", Trump
// for "Trump envoy".
type role struct {
	text  string
	terms []string // roleTerms of text
	head  string   // the role noun the description is about: "lawyer", "chair"
	owner *entity
}

// addRole records a description of the entity once.
func (e *entity) addRole(r string) { e.addOwnedRole(r, nil) }

// addOwnedRole records a description of the entity and whose it is.
func (e *entity) addOwnedRole(r string, owner *entity) {
	if owner == e {
		owner = nil
	}
	if f := strings.Fields(strings.ToLower(r)); len(f) > 0 && lexicon.MarkBefore(f[len(f)-1]) && (len(f) == 1 || len(f) == 2 && f[0] == "the") {
		return // "the elder Maddock": which namesake, not what he does; "a junior" is a student
	}
	for i, x := range e.rels {
		if strings.EqualFold(x.text, r) {
			if e.rels[i].owner == nil {
				e.rels[i].owner = owner
			}
			return
		}
	}
	terms := roleTerms(r)
	e.roles = append(e.roles, r)
	e.rels = append(e.rels, role{text: r, terms: terms, head: roleHead(e.kind, terms), owner: owner})
	for _, w := range terms {
		if e.roleWords == nil {
			e.roleWords = map[string]bool{}
		}
		e.roleWords[w] = true
	}
}

// roleTerms folds a role description into the words a lookup compares:
// possessives and determiners dropped, abbreviations spelled out
// ("Sen." gives "senator", "CFO" "chief financial officer"), variants
// in one form (lexicon.CanonicalRole: "spokeswoman" gives "spokesperson"),
// a compound written as two words joined ("council member"), and a
// prosecuting attorney also a "prosecutor".
func roleTerms(s string) []string {
	var out []string
	words := fuzzy.Words(s)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if lexicon.Definites.Has(w) || lexicon.Indefinites.Has(w) || w == "of" {
			continue
		}
		if ex := lexicon.Expand(w); ex != nil {
			for _, x := range ex {
				if x != "of" && x != "the" {
					// "Cllr" finds "the councillor", which a lookup
					// reads as "councilmember".
					out = append(out, lexicon.CanonicalRole(x))
				}
			}
			continue
		}
		switch {
		case i+1 < len(words) && lexicon.ListedRole(w+words[i+1]):
			w, i = w+words[i+1], i+1
		case i+1 < len(words) && lexicon.CompoundRole(lexicon.CanonicalRole(w), words[i+1]):
			w, i = lexicon.CanonicalRole(w)+"-"+words[i+1], i+1
		}
		out = append(out, lexicon.CanonicalRole(w))
	}
	if lexicon.Prosecutes(words) && !slices.Contains(out, "prosecutor") {
		out = append(out, "prosecutor")
	}
	return out
}

// roleHead returns the noun a description of an entity of kind k is
// about: the last role noun (or organisation noun) before a word that
// starts a complement ("chair" in "chair of the council's committee",
// "lawyer" in "Maria Ortega's lawyer", "maker" in "maker of sensors").
func roleHead(k Kind, terms []string) string {
	head := ""
	for i, w := range terms {
		if head != "" && (lexicon.Prepositions.Has(w) || w == "who") {
			break
		}
		// A noun for a person right after a head heads the compound:
		// "constable" in "chief constable".
		if isHead(k, w) || i > 0 && (lexicon.CompoundRole(terms[i-1], w) || k == Person && head == terms[i-1] && nounKind(w).Person) {
			head = w
		}
	}
	if lexicon.Prosecutes(terms) {
		return "prosecutor"
	}
	if head == "" && k == Person {
		// A role no list knows, collected from its place ("the
		// caretaker, Ben Tolle,"): the last word before a preposition.
		// The first noun for a person WordNet knows wins ("seller" in
		// "seller of dumplings").
		for _, w := range terms {
			if lexicon.Prepositions.Has(w) || w == "who" {
				break
			}
			if head != "" && nounKind(head).Person && !nounKind(w).Person {
				break
			}
			head = w
		}
	}
	return head
}

// headed reports whether one of e's descriptions is headed by the word w.
func (e *entity) headed(w string) bool {
	for _, r := range e.rels {
		if r.head == w {
			return true
		}
	}
	return false
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
		}
		for _, r := range e.rels {
			if r.owner != nil {
				extra = append(extra, fuzzy.Words(r.owner.name)...)
			}
		}
		switch {
		case e.kind == Person && slices.ContainsFunc(words, func(w string) bool { return isHead(Person, w) || e.headed(w) || e.contracted(w) }) && hasRoleWords(e, words, extra):
		case e.kind == Organisation && slices.ContainsFunc(words, func(w string) bool { return lexicon.IsOrgNoun(w) || e.roleWords[w] || w == e.nameHead() }) &&
			hasRoleWords(e, words, extra):
		default:
			continue
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
	return out
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
	return fit
}

// hasRoleWords reports whether every word is among e's role words or the
// extra words (an organisation's name, the names of those it is described
// in relation to), a plural matching its singular.
func hasRoleWords(e *entity, words, extra []string) bool {
	for _, w := range words {
		if !e.roleWords[w] && !e.roleWords[strings.TrimSuffix(w, "s")] && !slices.Contains(extra, w) &&
			!slices.Contains(extra, w+"s") && !e.roleWords[w+"s"] && !e.contracted(w) {
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

// contracted reports whether one of e's role words is a title no list
// spells out that contracts the folded word w: "cr" for "councillor" (the
// lookup's canonical "councilmember" too), "bdr" for "bombardier".
func (e *entity) contracted(w string) bool {
	for r := range e.roleWords {
		if lexicon.Expand(r) == nil && (lexicon.Contracts(r, w) || lexicon.Contracts(r, lexicon.SpelledRole(w))) {
			return true
		}
	}
	return false
}
