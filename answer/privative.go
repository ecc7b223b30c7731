package answer

import (
	"strings"

	"articlebot/retrieval"
)

// privativeVerbs take away what follows them: "lost their income" says
// what "left without income" says, "lacks the staff" what "has no staff"
// says.
var privativeVerbs = map[string]bool{"lost": true, "lose": true, "loses": true, "losing": true,
	"lack": true, "lacks": true, "lacked": true, "lacking": true}

// privativeReach is how many words after a privative verb its object may
// run: "lost all of their income".
const privativeReach = 4

// privativeObjects returns the mask of a claim's terms that a privative
// verb takes away ("income" in "lost their income"): the claim negates
// them as surely as "without income" does, so a window may negate them
// too. The verb itself stays a positive word of the claim: "did not lose
// their income" still contradicts it. Only a positive claim's objects
// are read so: a negative claim ("unconfirmed claims that it lost its
// roof") needs a negative window whatever its objects.
func privativeObjects(c *claimInfo, text string) uint64 {
	var m uint64
	fields := strings.Fields(text)
	for k, f := range fields {
		if !privativeVerbs[strings.ToLower(strings.Trim(f, ".,;:!?()\"“”‘’'"))] {
			continue
		}
		for _, g := range fields[k+1 : min(len(fields), k+1+privativeReach)] {
			for _, t := range retrieval.Terms(g) {
				if i := indexOf(c.terms, t); i >= 0 {
					m |= 1 << i
				}
			}
			if strings.ContainsAny(g, ".,;:!?") {
				break
			}
		}
	}
	return m
}
