package answer

import (
	"slices"
	"strings"

	"articlebot/lexicon"
	"articlebot/retrieval"
)

// An exchange told from its other end: "Who bought the mill?" is answered
// by "the mill was sold to a cooperative", and "Which yard won the
// order?" by "awarded the order to Tallis Yard". The question's verb is
// absent, but its event is there, with its doer after "to"
// (lexicon.Converses).

// converseGap is how far after the converse verb the "to" that names the
// doer may stand: "lost 2-1 at home to" (the fourth word), "awarded the
// contract for the new footbridge to" (the sixth); one word of room.
const converseGap = 7

// conversed reports whether a sentence states the event of the
// question's verb from its other end: a converse of the verb followed
// within converseGap words by "to" and a name or a noun phrase (not an
// infinitive: "sold to raise money" names no buyer).
func conversed(verb, s string) bool {
	partners := lexicon.Converses(strings.ToLower(verb))
	if len(partners) == 0 {
		return false
	}
	var stems []string
	for _, p := range partners {
		stems = append(stems, retrieval.Terms(p)...)
		for _, f := range lexicon.Forms(p) {
			stems = append(stems, retrieval.Terms(f)...)
		}
	}
	words := wordRe.FindAllString(s, -1)
	for i, w := range words {
		if ts := retrieval.Terms(w); len(ts) != 1 || !slices.Contains(stems, ts[0]) {
			continue
		}
		for j := i + 1; j < len(words)-1 && j <= i+converseGap; j++ {
			if !strings.EqualFold(words[j], "to") {
				continue
			}
			next := words[j+1]
			if determiners[strings.ToLower(next)] || next != strings.ToLower(next) {
				return true
			}
			break
		}
	}
	return false
}
