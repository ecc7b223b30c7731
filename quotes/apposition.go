package quotes

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/article"
	"articlebot/lexicon"
)

// The descriptions news writing gives people and organisations next to
// their names, read by Roles.
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
		if len(words) > 1 && !clauseStart[strings.ToLower(words[0])] {
			words = beforeClause(words)
		}
		if len(words) == 0 || len(words) > maxRoleWords {
			return ""
		}
		if isNumber(words[0]) && len(words) == 1 && end >= 0 {
			after = after[end:] // an age: look at the next part
			continue
		}
		first := strings.ToLower(words[0])
		if first == "who" && len(words) > 2 {
			return roleClause(words[1:])
		}
		if clauseStart[first] {
			return ""
		}
		if first == "a" || first == "an" || first == "the" {
			words = words[1:]
		}
		words = beforeClause(words)
		if len(words) == 0 || startsUpperName(words[0]) && !lexicon.IsTitleWord(words[0]) && !ownedRole(words) {
			return "" // another name ("Smith, Jones and …") or a place
		}
		if !hasRoleWord(words) && !ageDescribed(words) {
			return ""
		}
		return strings.Join(words, " ")
	}
	return ""
}

// ageDescribed reports whether a description opens with an age ("a
// 26-year-old centre back"): news style describes people so, whatever
// their trade.
func ageDescribed(words []string) bool {
	return len(words) > 1 && yearOld.MatchString(words[0])
}

var yearOld = regexp.MustCompile(`^\d{1,3}-year-old$`)

// roleClause reads a relative clause that gives a role: "who is a
// professor of law" gives "professor of law", "who chairs the parents'
// council" gives "chair of the parents' council".
func roleClause(words []string) string {
	verb := strings.ToLower(words[0])
	rest := words[1:]
	if noun, ok := agentNouns[verb]; ok {
		words = append([]string{noun, "of"}, rest...)
	} else {
		switch verb {
		case "is", "was":
		case "serves", "served", "works", "worked":
			if len(rest) == 0 || strings.ToLower(rest[0]) != "as" {
				return ""
			}
			rest = rest[1:]
		default:
			return ""
		}
		if len(rest) > 0 {
			switch strings.ToLower(rest[0]) {
			case "a", "an", "the":
				rest = rest[1:]
			}
		}
		words = rest
	}
	words = beforeClause(words)
	if len(words) == 0 || !hasRoleWord(words[:1]) {
		return ""
	}
	return strings.Join(words, " ")
}

// agentNouns name the role of whoever does a thing: who "chairs" a council
// is its chair.
var agentNouns = map[string]string{
	"chairs": "chair", "chaired": "chair", "leads": "leader", "led": "leader", "heads": "head",
	"headed": "head", "directs": "director", "directed": "director", "manages": "manager",
	"managed": "manager", "coaches": "coach", "coached": "coach", "owns": "owner", "owned": "owner",
	"founded": "founder", "captains": "captain", "represents": "representative", "teaches": "teacher",
	"edits": "editor", "runs": "head",
}

// maxOrgRoleWords bounds what an organisation is said to be: "a charity",
// "the regional water company".
const maxOrgRoleWords = 8

// orgAppositive returns what an organisation is, from a description after
// its name that opens with an article: ", a charity that feeds …" gives
// "charity".
func orgAppositive(after string) string {
	if !strings.HasPrefix(after, ",") {
		return ""
	}
	after = strings.TrimLeft(after[1:], " ")
	if end := strings.IndexAny(after, ",;:()“”\"."); end >= 0 {
		after = after[:end]
	}
	words := strings.Fields(after)
	if len(words) < 2 {
		return ""
	}
	switch strings.ToLower(words[0]) {
	case "a", "an", "the":
	default:
		return ""
	}
	words = beforeClause(words[1:])
	if len(words) == 0 || len(words) > maxOrgRoleWords || startsUpperName(words[0]) && !ownedRole(words) {
		return ""
	}
	return strings.Join(words, " ")
}

// beforeClause cuts a description at a relative clause: "epidemiologist
// at the university who led the study" is an epidemiologist at the
// university.
func beforeClause(words []string) []string {
	for i, w := range words {
		if i > 0 && relativePronouns[strings.ToLower(w)] {
			return words[:i]
		}
	}
	return words
}

var relativePronouns = map[string]bool{"who": true, "whose": true, "which": true, "that": true, "whom": true}

// ownedRole reports whether a description that opens with a name is a role
// held for that name: "Maria Ortega's lawyer", "Fenwick Homes
// spokesperson".
func ownedRole(words []string) bool {
	for i, w := range words {
		if !startsUpperName(w) {
			return false
		}
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			return hasRoleWord(words[i+1 : min(i+4, len(words))])
		}
		if i+1 < len(words) && !startsUpperName(words[i+1]) {
			return lexicon.IsRole(words[i+1])
		}
	}
	return false
}

// precedingAppositive returns a role set off by a comma before a name that
// a comma also follows: "Valdoria's trade minister, Ilse Brandvold, said"
// gives "Valdoria's trade minister"; "The company's spokesperson, Jane
// Whitcombe," gives "company's spokesperson". The run of words before the
// comma stops at a determiner or anything that is not part of a noun
// phrase, and must not follow a preposition ("according to the minister,
// Jane Roe said" names no role of Roe's).
func precedingAppositive(before, after string) string {
	if !strings.HasPrefix(after, ",") {
		return ""
	}
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	words := strings.Fields(strings.TrimSuffix(before, ","))
	i := len(words)
	for i > 0 && len(words)-i < maxRoleWords {
		w := words[i-1]
		lw := strings.ToLower(w)
		if determiners[lw] || strings.ContainsAny(w, ",;:“”\"()") {
			break
		}
		// A plain noun may qualify the role right after it: "trade
		// minister", "parents' council chair".
		modifier := i == len(words)-1 && !lexicon.Prepositions.Has(lw) && !lexicon.SentenceStarters.Has(w)
		if startsUpperName(w) || lexicon.IsRole(w) || lexicon.RoleAdjectives.Has(lw) || isPossessive(w) || strings.Contains(w, "-") || modifier {
			i--
			continue
		}
		break
	}
	run := words[i:]
	if len(run) == 0 || !hasRoleWord(run) || !lexicon.IsRole(run[len(run)-1]) && !lexicon.IsTitleWord(run[len(run)-1]) {
		return ""
	}
	k := i
	if k > 0 && determiners[strings.ToLower(words[k-1])] {
		k--
	}
	// "According to the minister, Jane Roe, …": a sentence that opens with
	// a preposition names someone else before the name; "a company owned
	// by her younger brother, Luis Ortega," names the role of the name.
	if k > 0 && lexicon.Prepositions.Has(strings.ToLower(words[k-1])) && (k == 1 || strings.EqualFold(words[k-2], "according")) {
		return ""
	}
	if lexicon.SentenceStarters.Has(run[0]) {
		run = run[1:]
	}
	return strings.Join(run, " ")
}

// determiners open a noun phrase before a role: "the", "its", "her".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true}

func isPossessive(w string) bool { return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") }

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
