package answer

import (
	"regexp"
	"slices"
	"strings"

	"articlebot/fuzzy"
	"articlebot/lexicon"
	"articlebot/retrieval"
)

// aspectual verbs tell when or for how long an event goes on, not what it
// is: in "When does jury selection begin?" and "How long is the strike
// meant to last?" the event is the subject, and "set jury selection for
// June 9" or "a 72-hour strike" states it without the verb.
var aspectual = map[string]bool{
	"begin": true, "start": true, "end": true, "finish": true, "last": true,
	"continue": true, "resume": true, "happen": true, "occur": true,
}

// eventAbsence is keyAbsence for the question's event: its verb, or for an
// aspectual verb the verb or the head of its subject, whichever the
// sentence has.
func (f focus) eventAbsence(q, verb string, c candidate) float64 {
	absent := f.keyAbsence(verb, c)
	if lightVerb(verb) && phrasalAbsent(q, verb, c) {
		absent = 1
	} else if absent == 1 && lightVerb(verb) {
		// "Which charity should donations go to?" — "donations be made
		// to Laughter Lines": a light verb carries no event of its own.
		absent = 0
	}
	if absent == 1 && affiliationVerbs[strings.ToLower(verb)] && affiliatedRe.MatchString(c.sent.Text) {
		// "Where does the hydrologist work?" — "a hydrologist at Coastal
		// State University": an apposition says where someone works.
		absent = 0
	}
	if absent == 1 && conversed(verb, c.sent.Text) {
		absent = 0 // "sold to a cooperative" is a purchase (converse.go)
	}
	if absent == 1 && votedSide(verb, c.sent.Text) {
		absent = 0 // "voted against the plan" is opposing it
	}
	if absent == 0 && modifiesTime(verb, c.sent.Text) {
		absent = 1 // "last month" is no lasting
	}
	if absent == 0 || !isAspectual(verb) {
		return absent
	}
	if head := objectHead(q, verb); head != "" {
		// "When will the plant resume deposits?": the event is what
		// resumes, the deposits, not the plant.
		return f.keyAbsence(head, c)
	}
	if head := subjectHead(q, verb); head != "" {
		return f.keyAbsence(head, c)
	}
	return absent
}

// isAspectual reports whether verb is a form of an aspectual verb.
func isAspectual(verb string) bool {
	return aspectual[verb] || slices.ContainsFunc(lexicon.BaseForms(verb), func(b string) bool { return aspectual[b] })
}

// subjectHead returns the head of the subject between a question's
// auxiliary and its verb: the last content word before a preposition
// ("work" in "When will work on the lanes start?", "selection" in "When
// does jury selection begin?"), or "".
func subjectHead(q, verb string) string {
	ws, _ := raised(questionTokens(q), capitalised(q))
	aux := slices.IndexFunc(ws, func(w string) bool { return questionAux[w] })
	v := slices.Index(ws, verb)
	if aux < 0 || v <= aux {
		return ""
	}
	head := ""
	for _, w := range ws[aux+1 : v] {
		if lexicon.Prepositions.Has(w) && head != "" {
			break
		}
		if !determiners[w] && !lexicon.FunctionWords.Has(w) && !lexicon.Prepositions.Has(w) && !lexicon.PreverbAdverbs.Has(w) {
			head = w
		}
	}
	return head
}

// objectHead returns the head of an aspectual verb's object, the first
// content word after the verb and before a preposition ("deposits" in
// "When will the plant resume deposits on its other dams?", "work" in
// "When does the crew start work?"), or "" when the verb has none ("When
// does jury selection begin?").
func objectHead(q, verb string) string {
	ws, _ := raised(questionTokens(q), capitalised(q))
	v := slices.Index(ws, verb)
	if v < 0 {
		return ""
	}
	for _, w := range ws[v+1:] {
		if lexicon.Prepositions.Has(w) || timeNouns[w] {
			return "" // "When does the fair start this year?" has no object
		}
		if !determiners[w] && !lexicon.FunctionWords.Has(w) {
			return w
		}
	}
	return ""
}

// timeNouns are the words a time adjective ("last", "next") stands before.
var timeNouns = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "night": true, "season": true, "time": true, "summer": true, "winter": true, "spring": true, "autumn": true, "fall": true}

// modifiesTime reports whether every use of the word w in sentence s
// stands before a time word ("last month", "last Tuesday"): it is then an
// adjective, not the question's verb.
func modifiesTime(w, s string) bool {
	ws := fuzzy.Words(s)
	seen := false
	for i, x := range ws {
		if x != w {
			continue
		}
		if i+1 == len(ws) || !(timeNouns[ws[i+1]] || lexicon.Temporal.Has(strings.ToUpper(ws[i+1][:1])+ws[i+1][1:])) {
			return false
		}
		seen = true
	}
	return seen
}

// yearMissing reports whether the question names a year that the terms
// (a candidate's paragraph) never do; yearRe is the timelines'.
func yearMissing(q string, terms map[string]bool) bool {
	for _, y := range yearRe.FindAllString(q, -1) {
		if !terms[y] {
			return true
		}
	}
	return false
}

// phrasalAbsent reports whether a light verb with a particle after it
// in question q ("take up", "go off") is a phrasal verb that candidate c
// states in no word: the phrasal verb carries an event, as a light verb
// alone does not. "When will the assembly take up the notice?" is not
// answered by a date in a sentence that only says the notice was filed.
func phrasalAbsent(q, verb string, c candidate) bool {
	next := wordAfter(questionTokens(q), verb)
	if !particles[next] {
		return false
	}
	words := strings.Fields(strings.ToLower(c.sent.Text))
	for _, b := range append(lexicon.BaseForms(verb), verb) {
		for _, form := range append(lexicon.Forms(b), b) {
			if slices.Contains(words, form) {
				return false // "took up the case"
			}
		}
	}
	for _, w := range lexicon.Paraphrases(verb, next) {
		if ts := retrieval.Terms(w); len(ts) == 1 && c.terms[ts[0]] {
			return false // "take on" — "hired"
		}
	}
	return true
}

// lightVerb reports whether a question's verb is a bare light verb
// (lexicon.Light).
func lightVerb(verb string) bool { return lexicon.Light(strings.ToLower(verb)) }

// affiliationVerbs say where someone works or studies, which an
// apposition states without a verb ("a lecturer at Orrin College", "an
// analyst with Beacon Ridge").
var affiliationVerbs = map[string]bool{}

// affiliatedRe is a role's place of work: "at", "for" or "with" and a name.
var affiliatedRe = regexp.MustCompile(`\b\p{Ll}+\s+(at|for|with)\s+(the\s+)?\p{Lu}`)

func init() {
	for _, w := range strings.Fields(`work works worked working teach teaches taught teaching study studies studied studying`) {
		affiliationVerbs[w] = true
	}
}
