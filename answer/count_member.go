package answer

import (
	"strings"

	"articlebot/lexicon"
)

// "One N, who asked not to be named, said …" picks out a member of a
// group, a source, and does not say how many Ns there are: "How many
// trustees does the museum have?" is not answered by "One trustee, who
// asked not to be named, said the board had voted". The count of one
// names a single member when its singular noun is followed by a relative
// clause (", who …") or by a verb of speech ("one resident said"), and no
// other figure in the sentence counts the same noun.

// oneMemberOnly reports whether the only figure s holds for a "how many
// N" question's counted noun is "one N" naming a single member.
func oneMemberOnly(q, s string) bool {
	m := howManyRe.FindStringIndex(q)
	if m == nil || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(q)), "how many") {
		return false
	}
	noun := countedHead(q[m[1]:], questionVerb(q))
	if noun == "" {
		return false
	}
	ws := strings.Fields(strings.ToLower(s))
	member := false
	for i, w := range ws {
		t := trimWord(w)
		if !cardinalRe.MatchString(t) {
			continue
		}
		k := nounAt(ws, i+1, noun)
		if t != "one" {
			if k >= 0 {
				return false // another figure counts the Ns: "12 nurses had left"
			}
			continue // "three other buildings"
		}
		if k < 0 || trimWord(ws[k]) == noun {
			continue // "one" before another noun, or before the plural
		}
		if k+1 < len(ws) && (strings.HasSuffix(ws[k], ",") && relativeWord(ws[k+1]) || lexicon.SpeechVerbs.Has(trimWord(ws[k+1]))) {
			member = true
		}
	}
	return member
}

// relativeWord reports whether w opens a relative clause about a person.
func relativeWord(w string) bool {
	switch trimWord(w) {
	case "who", "whose", "whom":
		return true
	}
	return false
}
