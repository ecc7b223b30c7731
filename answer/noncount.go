package answer

import (
	"regexp"
	"strings"

	"articlebot/lexicon"
)

// Figures that read as numbers but count nothing. A year after a word that
// opens a clause of time dates the clause even when a plural noun follows
// it: "Since 2011 stalls have opened on feast days" says from when, not that
// 2011 stalls opened. And "one" before a clause's subject pronoun stands
// for a noun said before it: "the bid was one we could not match" counts
// nothing. Neither answers "How many …?" (hasAnswerType).

// afterSubordinator reports whether the word before offset i of s opens a
// clause of time or reason ("since", "until", "after").
func afterSubordinator(s string, i int) bool {
	f := strings.Fields(s[:i])
	return len(f) > 0 && lexicon.Subordinators.Has(strings.ToLower(trimWord(f[len(f)-1])))
}

// oneBeforeRe is "one" and the word after it.
var oneBeforeRe = regexp.MustCompile(`(?i)\bone\s+(\p{L}+)\b`)

// pronounOnes returns the spans of the uses of "one" as a pronoun: before
// a subject pronoun that opens a clause about it ("one we could not match",
// "one they had never tried").
func pronounOnes(s string) [][]int {
	var out [][]int
	for _, m := range oneBeforeRe.FindAllStringSubmatchIndex(s, -1) {
		if lexicon.SubjectPronouns.Has(strings.ToLower(s[m[2]:m[3]])) {
			out = append(out, []int{m[0], m[0] + len("one")})
		}
	}
	return out
}
