package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/lexicon"
)

// questionVerb returns the question's main verb, or "" when it has none a
// sentence must repeat ("Who is the mayor?").
func questionVerb(q string) string {
	toks := questionTokens(q)
	ws, caps := raised(toks, capitalised(q))
	start, copula, aux := 0, false, ""
	for i, w := range ws {
		if questionAux[w] {
			start, copula, aux = i+1, w == "is" || w == "are" || w == "was" || w == "were", w
			break
		}
	}
	if copula && len(ws) < len(toks) {
		// "How long is the trial expected to last?": the verb after
		// "to" is a base form, as after "will".
		copula, aux = false, "will"
	}
	// Without an auxiliary the question word is the subject ("How many
	// lorries cross at Brenn?"): the verb ends at a preposition too.
	noAux := start == 0
	if start == 0 && len(ws) > 0 {
		start = 1 // "Who chaired the talks?": the verb follows the question word
		if len(ws) > 2 && (ws[1] == "many" || ws[1] == "much") {
			start = 2
		}
	}
	for start < len(ws) && determiners[ws[start]] {
		start++
	}
	if v := verbAfterSubject(ws, caps, aux, start); aux != "" && v != "" {
		return v
	}
	verb, before := "", ""
	for i := start; i < len(ws); i++ {
		w := ws[i]
		if w == "according" {
			break // "…, according to analysts?" qualifies the question
		}
		if (verb != "" || copula) && i > start && subordinators[w] {
			// "How many workers were inside when the roof fell
			// in?": the clause dates the count; "were inside" is what
			// is asked.
			break
		}
		if w == "be" || w == "been" || w == "being" {
			if i+1 < len(ws) && !determiners[ws[i+1]] && !indefinites[ws[i+1]] {
				return ws[i+1] // "will be tested"
			}
			return "" // "Who will be the mediator?" has no verb of its own
		}
		if verb != "" && (determiners[w] || w == "to" || noAux && lexicon.Prepositions.Has(w)) {
			break
		}
		if questionAux[w] || lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) {
			continue
		}
		if verbAdverbs[w] || w == "far" && i > 0 && ws[i-1] == "so" {
			continue // "How many has it sold so far?", "Where will it drill next?"
		}
		if i > 0 && i < len(caps) && caps[i] {
			continue // "set aside for Coolabah Flat": a name is no verb
		}
		if particles[w] && verb != "" {
			before = verb // "pull back": the particle belongs to its verb
			verb = w
			continue
		}
		verb, before = w, ""
	}
	if before != "" {
		verb = before
	}
	if copula {
		if v := relativeVerb(ws[start:]); v != "" {
			return v // "Who is the supplier that made the cells?" asks who made them
		}
	}
	// "hurt", "cut" and "set" are participles with no ending: a word used
	// as a verb most of the time (lexicon.VerbShare) counts too.
	if copula && !(strings.HasSuffix(verb, "ed") || strings.HasSuffix(verb, "en") || len(lexicon.Forms(verb)) > 0 || lexicon.VerbShare(verb) > minCopulaVerbShare) {
		return "" // "Who is the customer …?" has no verb of its own
	}
	return verb
}

// minCopulaVerbShare: a word after "is/was/were" used as a verb more than
// this share of the time is the question's verb ("were hurt"). Checked on
// the tuned sets: half keeps "Who is the customer …?" verbless.
const minCopulaVerbShare = 0.5

// raisers take the question's verb after "to": "When should traffic be
// able to use the bridge?" asks about using it, "When is the plant due to
// open?" about opening.
var raisers = map[string]bool{"able": true, "allowed": true, "due": true, "expected": true, "set": true, "likely": true, "going": true, "scheduled": true, "supposed": true, "planned": true, "meant": true}

// raised drops "(be) able to" and its kind before a verb from a
// question's tokens and their capitals, so the verb after "to" is the
// question's.
func raised(ws []string, caps []bool) ([]string, []bool) {
	if len(caps) != len(ws) {
		return ws, caps
	}
	for i := 0; i+2 < len(ws); i++ {
		if raisers[ws[i]] && ws[i+1] == "to" && ws[i+2] != "be" {
			lo := i
			if lo > 0 && (ws[lo-1] == "be" || ws[lo-1] == "been" || ws[lo-1] == "being") {
				lo--
			}
			return append(append([]string(nil), ws[:lo]...), ws[i+2:]...), append(append([]bool(nil), caps[:lo]...), caps[i+2:]...)
		}
	}
	return ws, caps
}

// verbAfterSubject returns the verb of a question with an auxiliary,
// found by part of speech rather than by the question's shape: of the words
// after the subject's first, the one most often used as a verb
// (lexicon.VerbShare, counted in WordNet's sense-tagged corpus) in the form
// the auxiliary wants, a base after "do" or a modal, a participle after
// "have" or "be". "When will the survey release new well data?" asks about
// releasing, not data; "Why did the port workers stop work?" about
// stopping ("stop" is a verb 0.93 of the time, "work" 0.55); "When did the
// trade dispute begin?" about beginning. Names, the first word of a noun
// phrase (after a determiner, a preposition, a possessive or a number)
// and words that are more often nouns are not the verb. It returns "" when
// no word qualifies or a form of "be" comes first ("When will the final
// report be published?"); questionVerb then reads the question's shape.
func verbAfterSubject(ws []string, caps []bool, aux string, start int) string {
	if aux == "" || start >= len(ws)-1 {
		return ""
	}
	copula := aux == "is" || aux == "are" || aux == "was" || aux == "were"
	participle := copula || aux == "has" || aux == "have" || aux == "had"
	best, share := "", 0.5
	for i := start + 1; i < len(ws); i++ {
		w, prev := ws[i], ws[i-1]
		if w == "be" || w == "been" || w == "being" {
			return "" // "When will the final report be published?"
		}
		if w == "according" || w == "to" || subordinators[w] {
			break // a clause of its own: "… inside when the roof fell in?"
		}
		if w == "last" && i < len(ws)-1 {
			continue // "When did Riverside last win …?", "… fall last year?"
		}
		if caps[i] || questionAux[w] || verbAdverbs[w] || lexicon.FunctionWords.Has(w) || lexicon.Prepositions.Has(w) || determiners[w] {
			continue
		}
		if determiners[prev] || lexicon.Prepositions.Has(prev) || isNumber(prev) ||
			strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "s'") {
			continue // a noun phrase's first word: "the head of the agency resign"
		}
		if copula && !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || len(lexicon.Forms(w)) > 0) {
			continue // "When is the first public hearing?" has no verb of its own
		}
		if s := verbShareAs(w, participle); s > share {
			best, share = w, s
		}
	}
	return best
}

// verbShareAs is how often w is used as a verb, read as a base form or,
// when participle, as a past or present participle ("lost", "made",
// "closing"; "shut" and "put" are their own participles).
func verbShareAs(w string, participle bool) float64 {
	if !participle {
		return lexicon.VerbShare(w)
	}
	s := 0.0
	if strings.HasSuffix(w, "t") || strings.HasSuffix(w, "d") {
		s = lexicon.VerbShare(w)
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "wn") || len(lexicon.Forms(w)) > 0 {
		for _, b := range lexicon.BaseForms(w) {
			s = max(s, lexicon.VerbShare(b))
		}
	}
	return s
}

// isNumber reports whether a question token is a figure or a number word
// ("2.7", "$40", "million").
func isNumber(w string) bool {
	w = strings.TrimLeft(w, "$£€")
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion":
		return true
	}
	return false
}

// capitalised reports, for each of questionTokens(q), whether it is
// written with a capital after the question's first word: a name's word
// ("the Running Dry report") is never the verb.
func capitalised(q string) []bool {
	var out []bool
	for _, w := range strings.Fields(q) {
		if w = strings.Trim(w, "?!.,;:\"“”'’()"); w != "" {
			r, _ := utf8.DecodeRuneInString(w)
			out = append(out, len(out) > 0 && unicode.IsUpper(r))
		}
	}
	return out
}

// relativeVerb returns the verb of a relative clause on the subject of a
// copula question ("the supplier that made the cells", "the firm which
// built it"), when it is a past form; else "".
func relativeVerb(ws []string) string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "that" && ws[i] != "who" && ws[i] != "which" {
			continue
		}
		if v := ws[i+1]; strings.HasSuffix(v, "ed") || pastForm(v) {
			return v
		}
		return ""
	}
	return ""
}

// subordinators open a clause that qualifies a question's main clause.
var subordinators = map[string]bool{"when": true, "while": true, "whilst": true, "after": true, "before": true, "until": true, "since": true, "because": true, "although": true, "though": true, "once": true, "as": true}
