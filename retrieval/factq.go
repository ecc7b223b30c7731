package retrieval

import "strings"

// AsksWhenOrWhere reports whether a question asks when or where
// something happened rather than what someone said: it opens with "when"
// or "where" and asks with no verb of speech ("When was the club
// founded?", not "When did the club say it would appeal?").
func AsksWhenOrWhere(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "when", "where":
	default:
		return false
	}
	return !asksSpeech(text)
}

// AsksFactOrRelation reports whether a question asks a measure or who
// fills a role or relation rather than what someone said: it opens with
// "how" and an adjective ("How far does she live from the mill?", "How
// old is he?") or with "who" and a form of "be" ("Who is Tom's
// brother?", "Who was the lawyer for the tenants?"), and asks with no
// verb of speech. A person's quotations name them but rarely state such
// a fact about them, which the narrating paragraphs do.
func AsksFactOrRelation(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 3 {
		return false
	}
	switch f[0] {
	case "how":
		if _, aux := howAuxiliaries[f[1]]; aux {
			return false
		}
	case "who":
		// "Who is running the firm?" asks a doing, which the body's
		// own announcement tells, not a role or a relation.
		if _, be := beForms[f[1]]; !be || strings.HasSuffix(f[2], "ing") {
			return false
		}
	default:
		return false
	}
	return !asksSpeech(text)
}

// asksSpeech reports whether a question has a verb of speech ("say",
// "tell", "warn").
func asksSpeech(text string) bool {
	for _, t := range Terms(text) {
		if _, speech := speechVerbs[t]; speech {
			return true
		}
	}
	return false
}

// howAuxiliaries open "how" questions that ask a manner or a reason
// ("How did she react?"), not a measure; "much" and "many" ask a sum or a
// count, which a speaker's announcement often gives in its own words
// ("we will spend $2m").
var howAuxiliaries = map[string]struct{}{
	"do": {}, "does": {}, "did": {}, "is": {}, "are": {}, "was": {}, "were": {},
	"has": {}, "have": {}, "had": {}, "can": {}, "could": {}, "will": {},
	"would": {}, "should": {}, "might": {}, "may": {}, "must": {}, "to": {},
	"much": {}, "many": {},
}

var beForms = map[string]struct{}{"is": {}, "are": {}, "was": {}, "were": {}, "'s": {}}
