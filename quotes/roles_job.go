package quotes

import "strings"

// jobPhrase reports whether a title run before a name is a job described
// in lower case ("defence lawyer", "Night nurse" opening a sentence), not
// a formal title ("City Manager", "Sen."): what the person does, which
// comes before an apposition's description ("Night nurse Ann Lee, a
// member since 2015,").
func jobPhrase(s string) bool {
	f := strings.Fields(s)
	return len(f) > 1 && strings.ToLower(f[len(f)-1]) == f[len(f)-1]
}

// jobBefore returns a person's job written in lower case before the
// mention m (see jobPhrase), or nothing.
func (b *builder) jobBefore(p *para, m *mention, e *entity) described {
	if e.kind != Person {
		return described{}
	}
	if t := b.titleRole(p, m); jobPhrase(t.text) {
		return t
	}
	return described{}
}
