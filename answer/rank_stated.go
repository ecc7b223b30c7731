// A rank is stated by a rank: "her fourteenth goal of the season" is not
// supported by a passage that says "14 minutes later ... her ninth goal of
// the season". The figure check finds the 14 of the minutes and the
// coverage check every word but the ordinal, so a changed rank passed
// both.

package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"articlebot/lexicon"
)

// spelledRank is an ordinal spelledFigures wrote in digits
// ("twenty-first" as "21th").
var spelledRank = regexp.MustCompile(`^(\d+)th$`)

// ranks returns the ranks from the second up that a text gives in words
// or digits ("ninth", "9th", "twenty-first"). A capitalised ordinal after
// the first word is part of a name ("Fifth Street"), and "first" and
// "last" are the ends of a series, which order.go weighs.
func ranks(text string) []int {
	fields := strings.Fields(text)
	for k, f := range fields {
		if k > 0 && unicode.IsUpper([]rune(f)[0]) && slices.ContainsFunc(strings.FieldsFunc(f, rankSplit), isOrdinal) {
			fields[k] = "Name"
		}
	}
	var out []int
	for _, f := range strings.FieldsFunc(spelledFigures(strings.Join(fields, " ")), rankSplit) {
		n, ok := lexicon.Ordinal(f)
		if m := spelledRank.FindStringSubmatch(f); !ok && m != nil {
			n, _ = strconv.Atoi(m[1])
			ok = true
		}
		if ok && n >= 2 {
			out = append(out, n)
		}
	}
	return out
}

// isOrdinal reports whether a word is an ordinal ("Fifth", "twenty").
func isOrdinal(w string) bool {
	_, ok := lexicon.Ordinal(w)
	return ok || spelledNumbers[strings.ToLower(w)] > 0
}

// rankChanged reports whether the window gives ranks of its own and none
// of the ranks the claim gives. A window without a rank leaves the claim
// to the figure check ("her 14 goals" may be counted up to "her
// fourteenth goal").
func (e *Engine) rankChanged(c *claimInfo, window []int) bool {
	claim := memo(c, "ranks", ranks)
	if len(claim) == 0 {
		return false
	}
	ix := e.evidence.get(e.art, e.quotes)
	var have []int
	for _, id := range window {
		have = append(have, ix.reads[id].ranks...)
	}
	if len(have) == 0 {
		return false
	}
	for _, n := range claim {
		for _, h := range have {
			if n == h {
				return false
			}
		}
	}
	return true
}
