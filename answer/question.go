package answer

import (
	"regexp"
	"strings"
	"unicode"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// functionWords are capitalised at the start of questions without being
// names, so they never count as named entities.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`what who whom whose which when where why how is are was were did do does
		can could should would will shall may might must has have had tell give show list explain summarize
		summarise describe according in on at of for to from by with about the a an and or but if i me my
		please any anything there this that these those it its`) {
		functionWords[w] = true
	}
}

// speechWords ask what someone said; they carry no topic of their own, so
// they do not count when measuring how much of a question a passage covers.
var speechWords = map[string]bool{}

func init() {
	for _, w := range retrieval.Terms(lexicon.AskWords) {
		speechWords[w] = true
	}
}

var speechQuestion = regexp.MustCompile(`(?i)\b(say|says|said|tell|told|think|thinks|claim|state|stated|warn|warned|argue|argued|quote|quoted|comment|react|respond|write|wrote|post|posted|tweet|tweeted|call for|called for)\b`)

// isSpeechQuestion reports whether a question asks what someone said.
func isSpeechQuestion(q string) bool { return speechQuestion.MatchString(q) }

// contentTerms are the question's search terms less speech verbs.
func contentTerms(q string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range retrieval.Terms(q) {
		if speechWords[t] || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// entity is a name ("Xi Jinping") or a title ("president") in a question.
type entity struct {
	words []string
	title bool
}

func (e entity) String() string { return strings.Join(e.words, " ") }

// entities returns the runs of capitalised words in a question that look
// like names ("Xi Jinping", "World Cup"), less question and function words,
// and the titles it names people by ("the president").
func entities(q string) []entity {
	var out []entity
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, entity{words: cur})
			cur = nil
		}
	}
	for _, w := range strings.FieldsFunc(q, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`?!,;:"“”()`, r)
	}) {
		w = strings.TrimRight(w, ".")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		r := []rune(w)
		// A title points at a person as surely as a name does: "what did
		// the president say" has no answer in an article without one.
		if lexicon.Offices.Has(strings.ToLower(w)) {
			flush()
			out = append(out, entity{words: []string{w}, title: true})
			continue
		}
		if len(r) < 2 || !unicode.IsUpper(r[0]) || functionWords[strings.ToLower(w)] {
			flush()
			continue
		}
		cur = append(cur, w)
	}
	flush()
	return out
}
