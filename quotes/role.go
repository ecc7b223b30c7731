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
// canonical name: the description in apposition after a mention ("Kristine
// Berzina, a managing director at the German Marshall Fund think tank,
// said") or, failing that, the title and role words before one ("Trump
// envoy Steve Witkoff", "Germany’s outgoing Chancellor Olaf Scholz").
// People the article describes nowhere are left out.
func Roles(a *article.Article, ix *Index) map[string]string {
	out := map[string]string{}
	for _, e := range ix.speakers {
		if e.kind != Person {
			continue
		}
		if r := roleOf(a, e.aliasesCanonicalFirst()); r != "" {
			out[e.name] = r
		}
	}
	return out
}

// roleOf looks at every mention of a person, in article order, and returns
// the first role found.
func roleOf(a *article.Article, aliases []string) string {
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
				if !wordBoundary(s.Text, start, end) {
					continue
				}
				if r := appositive(s.Text[end:]); r != "" {
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

// appositive returns the description after a name: ", a hydrologist at
// Coastal State University," gives "hydrologist at Coastal State
// University". An age (", 68,") is skipped; a clause (", who voted …") is
// not a role.
func appositive(after string) string {
	for part := 0; part < 2; part++ {
		if !strings.HasPrefix(after, ",") {
			return ""
		}
		after = strings.TrimLeft(after[1:], " ")
		end := strings.IndexAny(after, ",;:()“”\"")
		phrase := after
		if end >= 0 {
			phrase = after[:end]
		}
		phrase = strings.TrimRight(strings.TrimSpace(phrase), ".")
		words := strings.Fields(phrase)
		if len(words) == 0 || len(words) > maxRoleWords {
			return ""
		}
		if isNumber(words[0]) && len(words) == 1 && end >= 0 {
			after = after[end:] // an age: look at the next part
			continue
		}
		first := strings.ToLower(words[0])
		if clauseStart[first] {
			return ""
		}
		if first == "a" || first == "an" || first == "the" {
			words = words[1:]
		}
		if len(words) == 0 || startsUpperName(words[0]) && !lexicon.IsTitleWord(words[0]) {
			return "" // another name ("Smith, Jones and …") or a place
		}
		if !hasRoleWord(words) {
			return ""
		}
		return strings.Join(words, " ")
	}
	return ""
}

// premodifier returns the title and role words right before a name:
// "Trump envoy ", "Ukraine President ", "Council member ". A courtesy title
// alone ("Dr. ", "Mr. ") is not a role.
func premodifier(before string) string {
	words := strings.Fields(before)
	i := len(words)
	for i > 0 {
		w := words[i-1]
		bare := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		switch {
		case strings.ContainsAny(w, ",;:“”\"()") || strings.HasSuffix(w, ".") && !lexicon.IsTitleWord(w) && !dotted(w):
			// punctuation ends the run
		case lexicon.IsTitleWord(w) || lexicon.IsRole(w) || lexicon.RoleAdjectives.Has(strings.ToLower(w)):
			i--
			continue
		case startsUpperName(w) && !lexicon.SentenceStarters.Has(w) && !lexicon.SentenceStarters.Has(bare):
			i--
			continue
		}
		break
	}
	run := words[i:]
	// Leading capitalised words are kept only as the qualifier of a role
	// ("European Commission President"); the run must hold a role.
	if !hasRoleWord(run) {
		return ""
	}
	for k, w := range run {
		if full := lexicon.Expand(strings.ToLower(w)); len(full) == 1 && strings.HasSuffix(w, ".") {
			// "Gov." reads "Governor".
			run[k] = strings.ToUpper(full[0][:1]) + full[0][1:]
		}
	}
	return strings.Join(run, " ")
}

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
