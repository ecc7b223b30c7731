package quotes

import (
	"articlebot/article"
	"articlebot/fuzzy"
	"articlebot/lexicon"
	"slices"
	"sort"
	"strings"
)

// Roles returns the role the article gives each person it names, by
// canonical name, and what it says each organisation is ("the Eastbrook
// Food Alliance, a charity that …"): the description in apposition after
// a mention ("Kristine Berzina, a managing director at the German Marshall
// Fund think tank, said"), or before one ("Valdoria's trade minister, Ilse Brandvold,
// said"), or, failing those, the title and role words right before a name
// ("Trump envoy Steve Witkoff", "Germany’s outgoing Chancellor Olaf
// Scholz"). People the article describes nowhere are left out.
func Roles(a *article.Article, ix *Index) map[string]string {
	owners := map[string]int{} // how many speakers use each alias
	for _, e := range ix.speakers {
		for _, al := range e.aliasesCanonicalFirst() {
			owners[al]++
		}
	}
	var all []string // every alias, to tell "Ortega" from "Maria Ortega"
	for al := range owners {
		all = append(all, al)
	}
	out := map[string]string{}
	for _, e := range ix.speakers {
		var own []string
		for _, al := range e.aliasesCanonicalFirst() {
			if owners[al] == 1 {
				own = append(own, al)
			}
		}
		if r := roleOf(a, own, all, e.kind); r != "" {
			out[e.name] = r
		} else if len(e.roles) > 0 {
			// The roles Build collected from the tokens ("an analyst at
			// Beacon Ridge Securities who …", "who chairs …").
			out[e.name] = e.roles[0]
		}
	}
	return out
}

// addRole records a description of the entity once.
func (e *entity) addRole(r string) {
	for _, x := range e.roles {
		if strings.EqualFold(x, r) {
			return
		}
	}
	e.roles = append(e.roles, r)
	for _, w := range roleTerms(r) {
		if e.roleWords == nil {
			e.roleWords = map[string]bool{}
		}
		e.roleWords[w] = true
	}
}

// roleTerms folds a role description into the words a lookup compares:
// possessives and determiners dropped, abbreviations spelled out
// ("Sen." gives "senator", "CFO" "chief financial officer").
func roleTerms(s string) []string {
	var out []string
	for _, w := range fuzzy.Words(s) {
		if lexicon.Definites.Has(w) || lexicon.Indefinites.Has(w) || w == "of" {
			continue
		}
		if ex := lexicon.Expand(w); ex != nil {
			for _, x := range ex {
				if x != "of" && x != "the" {
					out = append(out, x)
				}
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

// byRole returns the people and organisations whose descriptions hold
// every word of a role phrase (folded, determiners dropped): "the
// committee's chair" finds the person who "chairs the council's
// transportation committee", "the hospital" the organisation with
// "Hospital" in its name, "the water company" the one described as one.
// One of the words must name the role or kind itself.
func byRole(entities []*entity, words []string) []*entity {
	words = roleTerms(strings.Join(words, " "))
	if len(words) == 0 {
		return nil
	}
	var out []*entity
	for _, e := range entities {
		switch {
		case e.kind == Person && slices.ContainsFunc(words, lexicon.IsRole) && hasRoleWords(e, words, nil):
		case e.kind == Organisation && slices.ContainsFunc(words, func(w string) bool { return lexicon.IsOrgNoun(w) || e.roleWords[w] }) &&
			hasRoleWords(e, words, fuzzy.Words(e.name)):
		default:
			continue
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].firstAt < out[j].firstAt })
	return out
}

// hasRoleWords reports whether every word is among e's role words or the
// extra words (an organisation's name), a plural matching its singular.
func hasRoleWords(e *entity, words, extra []string) bool {
	for _, w := range words {
		if !e.roleWords[w] && !e.roleWords[strings.TrimSuffix(w, "s")] && !slices.Contains(extra, w) {
			return false
		}
	}
	return true
}
