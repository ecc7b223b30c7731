package answer

import "regexp"

// askedAbout returns the speakers a question asks about, of those it names
// (speakers): a question of identity ("Who is the club's treasurer?")
// asks whom its role names, so the person it gives only by that role is
// what it asks for, not whom it is about, and the role's words stay the
// words the answer must hold.
func (e *Engine) askedAbout(q string, speakers []string) []string {
	if !identityQ.MatchString(q) {
		return speakers
	}
	written := e.quotes.Mentioned(q)
	var out []string
	for _, s := range speakers {
		if contains(written, s) {
			out = append(out, s)
		}
	}
	return out
}

// identityQ asks who holds a role: "Who is the club's treasurer?", "Who
// was mayor in 2019?".
var identityQ = regexp.MustCompile(`(?i)^\s*who\s+(is|was|are|were)\b`)
