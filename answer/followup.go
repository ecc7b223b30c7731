package answer

import (
	"articlebot/quotes"
	"regexp"
	"strings"
	"unicode"
)

// pronoun matches third-person pronouns that make a question depend on the
// conversation before it.
var pronoun = regexp.MustCompile(`(?i)\b(he|she|him|her|his|hers|they|them|their)\b`)

// resolveFollowUp rewrites a follow-up question into one that stands alone,
// without a model: a pronoun is replaced by the last person named in the
// conversation ("and what did he say about Europe?" after a question about
// Scholz becomes "and what did Olaf Scholz say about Europe?").
func (e *Engine) resolveFollowUp(q string, history []Turn) string {
	if len(history) == 0 || !pronoun.MatchString(q) || len(e.quotes.Named(q)) > 0 {
		return q
	}
	for i := len(history) - 1; i >= 0; i-- {
		t := history[i]
		// A person the question named, by name or role ("the mayor"),
		// before one its answer happens to mention.
		if name, ok := e.lastPersonNamed(t.Question); ok {
			return replacePronoun(q, name)
		}
		if name, ok := e.quotes.LastPerson(t.Answer); ok {
			return replacePronoun(q, name)
		}
	}
	return q
}

// replacePronoun puts name in place of the first pronoun of q, keeping a
// possessive form possessive.
func replacePronoun(q, name string) string {
	loc := pronoun.FindStringIndex(q)
	word := strings.ToLower(q[loc[0]:loc[1]])
	possessive := word == "his" || word == "their" || word == "hers" ||
		(word == "her" && startsWithNoun(q[loc[1]:]))
	if possessive {
		name += "’s"
	}
	return q[:loc[0]] + name + q[loc[1]:]
}

// startsWithNoun guesses whether "her" before text is possessive ("her
// view") rather than an object ("told her about"): it is when a word follows
// that is not a preposition.
func startsWithNoun(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], "?.!,"))
	if w == "" || !unicode.IsLetter([]rune(w)[0]) {
		return false
	}
	switch w {
	case "about", "on", "to", "for", "in", "at", "with", "from", "of", "and", "or", "that":
		return false
	}
	return true
}

// lastPersonNamed returns the last person a question names, by name or by
// role.
func (e *Engine) lastPersonNamed(question string) (string, bool) {
	if name, ok := e.quotes.LastPerson(question); ok {
		return name, true
	}
	named := e.quotes.Named(question)
	for i := len(named) - 1; i >= 0; i-- {
		if sp, ok := e.quotes.Lookup(named[i]); ok && sp.Kind == quotes.Person {
			return sp.Name, true
		}
	}
	return "", false
}
