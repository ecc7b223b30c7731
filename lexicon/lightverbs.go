package lexicon

import "strings"

// Light verbs of English, in one table with two readings.
//
// An action-noun light verb lends its tense to the noun it governs and adds
// no meaning of its own ("made a decision" is "decided", "gave approval"
// is "approved", "carried out an inspection" is "inspected"); a phrasal
// one is its verb followed by its particle (LightVerb).
//
// A bare light verb carries little meaning of its own: the nouns or the
// particle around it say what happens ("donations go to", "take on
// staff", "get a say") (Light).
const (
	actionNoun = 1 << iota
	bare
)

type lightForm struct {
	particle string
	kind     int
}

var lightVerbForms = map[string]lightForm{}

func init() {
	for _, group := range []struct {
		forms, particle string
		kind            int
	}{
		{"make makes made making", "", actionNoun | bare},
		{"take takes took taken taking", "", actionNoun | bare},
		{"give gives gave given giving", "", actionNoun | bare},
		{"conduct conducts conducted conducting", "", actionNoun},
		{"undertake undertakes undertook undertaken undertaking", "", actionNoun},
		{"carry carries carried carrying", "out", actionNoun},
		{"put puts", "forward", actionNoun | bare},
		{"putting", "forward", actionNoun},
		{"go goes went gone going", "", bare},
		{"get gets got gotten getting", "", bare},
		{"come comes came coming", "", bare},
	} {
		for _, f := range strings.Fields(group.forms) {
			lightVerbForms[f] = lightForm{group.particle, group.kind}
		}
	}
}

// LightVerb reports whether a lower-case word is a form of an action-noun
// light verb, and the particle that must follow it ("out" for "carried"),
// or "".
func LightVerb(w string) (particle string, ok bool) {
	f, ok := lightVerbForms[w]
	if !ok || f.kind&actionNoun == 0 {
		return "", false
	}
	return f.particle, true
}

// Light reports whether a lower-case word is a form of a bare light verb,
// one whose nouns or particle say what happens ("went", "takes", "got").
func Light(w string) bool { return lightVerbForms[w].kind&bare != 0 }

// HoldVerbs say only what something holds or is made of ("will feature
// 30 concerts", "to include 12 new stations"), not a deed done to it.
var HoldVerbs = newSet(`have be include includes contain contains feature features hold holds
	involve involves number total comprise comprises keep leave`)
