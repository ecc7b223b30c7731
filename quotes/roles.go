package quotes

import (
	"slices"
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
	e.rels = append(e.rels, role{text: r, terms: terms, head: roleHead(e.kind, ownedPart(r, terms)), owner: owner})
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
		if k == Person && lexicon.Prepositions.Has(w) && slices.ContainsFunc(terms[:i], func(t string) bool { return nounKind(t).Person }) {
			break // "security guard at meridian towers": a noun for a person before the preposition heads it, not a name after it
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
		for i, w := range terms {
			if lexicon.Prepositions.Has(w) || w == "who" {
				break
			}
			if head != "" && nounKind(head).Person && !nounKind(w).Person {
				break
			}
			if lexicon.RoleAdjectives.Has(w) && i+1 < len(terms) && !lexicon.Prepositions.Has(terms[i+1]) {
				continue // "senior" in "senior civil servant" qualifies the noun after it
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

// ownedPart returns the terms of a description after its owner's
// possessive, where its head stands: "harbour master" of "the port's
// harbour master" (WordNet reads "port" as no person, but "authority" in
// "the authority's harbour master" as one). Without a possessive, or when
// the words after it are not the last terms, all the terms.
func ownedPart(r string, terms []string) []string {
	i := max(strings.LastIndex(r, "’s "), strings.LastIndex(r, "'s "))
	if i < 0 || slices.ContainsFunc(strings.Fields(strings.ToLower(r[:i])), func(w string) bool { return lexicon.Prepositions.Has(w) || w == "who" }) {
		return terms // "a source with knowledge of the plant's operations": an owner inside a complement
	}
	after := roleTerms(r[i+len("'s "):])
	if r[i] != '\'' {
		after = roleTerms(r[i+len("’s "):])
	}
	if len(after) == 0 || len(after) > len(terms) || !slices.Equal(after, terms[len(terms)-len(after):]) {
		return terms
	}
	return after
}
