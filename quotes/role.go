package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/lexicon"
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

// roleOf looks at every mention of a person by one of their own aliases,
// in article order, and returns the first role found. A mention inside a
// longer name ("Ortega" in "Maria Ortega", when that is someone else's) is
// not theirs.
func roleOf(a *article.Article, aliases, all []string, kind Kind) string {
	aliases = append([]string(nil), aliases...)
	sort.SliceStable(aliases, func(i, j int) bool { return len(aliases[i]) > len(aliases[j]) })
	for _, s := range a.Sentences {
		for _, al := range aliases {
			for from := 0; ; {
				i := strings.Index(s.Text[from:], al)
				if i < 0 {
					break
				}
				start, end := from+i, from+i+len(al)
				from = end
				if !wordBoundary(s.Text, start, end) || insideLonger(s.Text, start, end, all) {
					continue
				}
				if kind == Organisation {
					if r := orgAppositive(s.Text[end:]); r != "" {
						return r
					}
					continue
				}
				if r := appositive(s.Text[end:]); r != "" {
					return r
				}
				if r := precedingAppositive(s.Text[:start], s.Text[end:]); r != "" {
					return r
				}
				if r := premodifier(s.Text[:start]); r != "" {
					return r
				}
			}
		}
	}
	return ""
}

// insideLonger reports whether text[start:end] is part of a longer alias
// written around it.
func insideLonger(text string, start, end int, all []string) bool {
	for _, al := range all {
		if len(al) <= end-start {
			continue
		}
		for k := max(0, end-len(al)); k <= start && k+len(al) <= len(text); k++ {
			if text[k:k+len(al)] == al {
				return true
			}
		}
	}
	return false
}

func wordBoundary(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	isWordRune := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return (start == 0 || !isWordRune(before)) && (end == len(text) || !isWordRune(after))
}

// maxRoleWords bounds an appositive: longer runs between commas are
// clauses, not descriptions (the longest role in the tuned articles, Susan
// Colbourn's, has 14 words).
const maxRoleWords = 16

// hasRoleWord reports whether words hold a title or role word other than a
// courtesy title.
func hasRoleWord(words []string) bool {
	for _, w := range words {
		t := trimDot(w)
		if lexicon.Courtesy.Has(t) {
			continue
		}
		if lexicon.IsTitleWord(t) || lexicon.IsRole(t) {
			return true
		}
	}
	return false
}

// clauseStart words open a clause, never a description.
var clauseStart = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`who whose whom which that said says and or but as when while where
		according adding told who’s`) {
		clauseStart[w] = true
	}
}

func startsUpperName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// dotted reports whether w is an acronym written with dots ("U.S.").
func dotted(w string) bool {
	parts := strings.Split(strings.TrimSuffix(w, "."), ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 || !startsUpperName(p) {
			return false
		}
	}
	return true
}
