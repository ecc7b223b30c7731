package lexicon

import "strings"

// lightVerbForms are the forms of the light verbs of English: verbs that
// lend their tense to an action noun and add no meaning of their own
// ("made a decision" is "decided", "gave approval" is "approved", "carried
// out an inspection" is "inspected"). A phrasal one is its verb followed
// by its particle.
var lightVerbForms = map[string]string{}

func init() {
	for _, group := range []struct{ forms, particle string }{
		{"make makes made making", ""},
		{"take takes took taken taking", ""},
		{"give gives gave given giving", ""},
		{"conduct conducts conducted conducting", ""},
		{"undertake undertakes undertook undertaken undertaking", ""},
		{"carry carries carried carrying", "out"},
		{"put puts putting", "forward"},
	} {
		for _, f := range strings.Fields(group.forms) {
			lightVerbForms[f] = group.particle
		}
	}
}

// LightVerb reports whether a lower-case word is a form of a light verb,
// and the particle that must follow it ("out" for "carried"), or "".
func LightVerb(w string) (particle string, ok bool) {
	particle, ok = lightVerbForms[w]
	return particle, ok
}
