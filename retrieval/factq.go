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
	for _, t := range Terms(text) {
		if _, speech := speechVerbs[t]; speech {
			return false
		}
	}
	return true
}
