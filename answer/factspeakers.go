package answer

import (
	"articlebot/quotes"
	"articlebot/retrieval"
)

// searchSpeakers returns the speakers a question names whose quoting
// chunks the search's speaker rule may promote. A question asking when
// or where something befell an organisation ("When was the club
// founded?") asks a fact about it, not its statement: the chunks that
// quote a body are its announcements, which name it and the topic
// without dating it, so organisations are left out. So with a question
// asking a measure or a role ("How old is the club?", "Who is the
// club's coach?"): the narrating paragraph states it. A person's own
// words often tell when or where ("I left in 1990"), so people stay.
func (e *Engine) searchSpeakers(question string, named []string) []string {
	if len(named) == 0 || !retrieval.AsksWhenOrWhere(question) && !retrieval.AsksFactOrRelation(question) {
		return named
	}
	orgs := map[string]bool{}
	for _, sp := range e.quotes.Speakers() {
		if sp.Kind == quotes.Organisation {
			orgs[sp.Name] = true
		}
	}
	var out []string
	for _, n := range named {
		if !orgs[n] {
			out = append(out, n)
		}
	}
	return out
}
