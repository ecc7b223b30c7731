package answer

import (
	"regexp"
	"strings"
)

// soRe is "so" as a conjunction after a comma: "Nobody could lift the
// mast alone, so the crew rigged a pulley". The clause before it is the
// reason for the clause after, so the sentence gives a cause (or, in "so
// one can rest while the other works", a purpose). The word after "so"
// tells the conjunction from the adverb of degree or manner ("so far",
// "so much", "so-called", "and so on").
var soRe = regexp.MustCompile(`(?i),\s+so\b(?:\s+(\p{L}+))?`)

// notConsequence are the words after "so" that make it an adverb or a
// phrase of its own, not the conjunction; "so that" is in reasonRe.
var notConsequence = map[string]bool{
	"far": true, "much": true, "many": true, "long": true, "called": true, "that": true,
	"too": true, "on": true, "forth": true, "to": true, "as": true, "few": true, "little": true,
}

// consequences returns the offsets of each conjunction "so" in a
// sentence, from the comma before it, so that the span read alone is
// still one.
func consequences(s string) [][]int {
	var out [][]int
	for _, m := range soRe.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 && notConsequence[strings.ToLower(s[m[2]:m[3]])] {
			continue
		}
		// The comma and "so", not the word after.
		end := m[0] + strings.Index(strings.ToLower(s[m[0]:m[1]]), "so") + len("so")
		out = append(out, []int{m[0], end})
	}
	return out
}

// opensConsequence reports whether text opens with the conjunction "so":
// what follows is explained by the cause before it.
func opensConsequence(text string) bool {
	t := strings.ToLower(text)
	return strings.HasPrefix(t, "so ") && !strings.HasPrefix(t, "so that")
}
