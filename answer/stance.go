package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"articlebot/lexicon"
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

// howVoteQ asks which way someone votes: "How will the trustees vote on
// the levy?", "How did Alderman Reyes vote?".
var howVoteQ = regexp.MustCompile(`(?i)^\s*how\s+(will|would|did|does|do|is|are|was|were|might|could|should|plans?\s+to|intends?\s+to)\s+.*\b(vote|voting)\b`)

// undecidedRe is a side not yet taken, or none: a vote's answer too.
var undecidedRe = regexp.MustCompile(`(?i)\b(undecided|abstain(ed|s|ing)?|abstention|sat out|yet to decide|not (yet )?decided)\b`)

// givesSide reports whether a sentence tells which way a vote goes: a side
// after a word of voting ("voted against"), a verb that takes a side
// ("backs the plan"), or no side yet ("is undecided").
func givesSide(s string) bool {
	if len(voteSides(s)) > 0 || undecidedRe.MatchString(s) {
		return true
	}
	for _, w := range strings.Fields(s) {
		if _, ok := stanceVerbs[strings.ToLower(trimWord(w))]; ok {
			return true
		}
	}
	return false
}

// sideMissing reports whether a question asks which way a vote goes and
// the sentence tells no side: "the board votes on the merger next week"
// says when they vote, not how.
func sideMissing(q, s string) bool {
	if !howVoteQ.MatchString(whPhrase(q)) {
		return false
	}
	// "Party A backs the bill, while Party B has given its members a
	// free vote": the side told is A's. When a clause names whom the
	// question asks about, only such clauses tell their side.
	var own []string
	for _, c := range clauseRe.Split(s, -1) {
		if namesAsked(q, c) {
			own = append(own, c)
		}
	}
	if len(own) > 0 && len(own) < len(clauseRe.Split(s, -1)) {
		return !slices.ContainsFunc(own, givesSide)
	}
	return !givesSide(s)
}

// clauseRe divides a sentence into clauses that may each tell someone
// else's side.
var clauseRe = regexp.MustCompile(`;|:|,\s+(while|whereas|but|though|although|and)\s+`)

// namesAsked reports whether a clause holds a capitalised word of the
// question past its first word: the name of whom it asks about.
func namesAsked(q, clause string) bool {
	ws := strings.Fields(q)
	for _, w := range ws[min(1, len(ws)):] {
		w = strings.TrimSuffix(strings.TrimSuffix(trimWord(w), "’s"), "'s")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || len(w) < 3 || lexicon.CalendarWord(w) || lexicon.OrgHeads.Has(w) {
			continue
		}
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}
