package answer

import (
	"regexp"
	"strings"
)

// A vote has two sides. "Who voted against the levy?" is not answered by
// a sentence naming who voted for it, nor "Which members backed the plan?"
// by the one who cast the only vote against: the sentence names the other
// side.

// voteRe is a word of voting; the side follows it within a few words
// ("voted six to one for the cut", "cast the only vote against").
var voteRe = regexp.MustCompile(`(?i)^(vote|votes|voted|voting|ballot|ballots)$`)

// sideReach is how many words after a word of voting its side may stand:
// "voted six to one for" (four words).
const sideReach = 5

// voteSides returns the sides of the votes a text reports: "for" (for, in
// favour) and "against".
func voteSides(text string) map[string]bool {
	ws := strings.Fields(strings.ToLower(text))
	sides := map[string]bool{}
	for i, w := range ws {
		if !voteRe.MatchString(trimWord(w)) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+sideReach; j++ {
			switch trimWord(ws[j]) {
			case "for", "favour", "favor":
				sides["for"] = true
			case "against":
				sides["against"] = true
			default:
				continue
			}
			break
		}
	}
	return sides
}

// otherSide reports whether the question asks about one side of a vote
// and the sentence reports only the other.
func otherSide(q, s string) bool {
	asked, told := voteSides(q), voteSides(s)
	if len(asked) != 1 || len(told) == 0 {
		return false
	}
	for side := range asked {
		return !told[side]
	}
	return false
}

// stanceVerbs take a side without a vote: the side a vote for it takes.
var stanceVerbs = map[string]string{}

func init() {
	for _, w := range strings.Fields(`oppose opposes opposed opposing reject rejects rejected object objects objected`) {
		stanceVerbs[w] = "against"
	}
	for _, w := range strings.Fields(`support supports supported supporting back backs backed backing favour favours favoured favor favors favored approve approves approved endorse endorses endorsed`) {
		stanceVerbs[w] = "for"
	}
}

// votedSide reports whether a sentence reports a vote on the side a
// question's stance verb takes: "voted against the plan" opposes it,
// "voted for the cut" backs it.
func votedSide(verb, s string) bool {
	side, ok := stanceVerbs[strings.ToLower(verb)]
	return ok && voteSides(s)[side]
}
