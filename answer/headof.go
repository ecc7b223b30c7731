// Leading as an office: "Ana Reyes runs the agency" restates "the agency's
// chief executive, Ana Reyes".

package answer

import (
	"articlebot/retrieval"
)

// leadVerbs are the forms of the verbs that say someone holds the top
// office of a body ("runs", "led by", "heads", "chairs"): a claim in its
// own words states an office this way where the article gives the title.
// Only verb forms are listed: "the lead" and "heads of state" hold no
// office of their own.
var leadVerbs = map[string]bool{}

// headTitles are the titles of whoever runs a body, team or place; a
// claim's leadVerbs are stated by them. A title that may name one of many
// ("director", "executive") is left out: "a director of the company" does
// not run it.
var headTitles = map[string]bool{}

func init() {
	for _, t := range retrieval.Terms(`runs ran leads led heads headed chairs chaired manages managed
		helms helmed oversees oversaw overseen`) {
		leadVerbs[t] = true
	}
	for _, t := range retrieval.Terms(`chief head leader chair chairman chairwoman chairperson manager
		president boss mayor governor commander captain principal superintendent skipper`) {
		headTitles[t] = true
	}
}

// headMatches lets a claim's verb of leading ("runs the agency") be
// stated, in the sentence that holds it, by a title of office the article
// gives one of the claim's names ("the agency's chief, Ana Reyes",
// "general manager Ana Reyes", "Ana Reyes, who chairs"), at the full
// weight of the verb (c.heads). A title given to someone else ("its vice
// president, Tom Ford" near "the Reyes building") states nothing of hers:
// the title must stand within headReach words of the name. Nor does the
// title elsewhere ("the city elects its mayor" does not say who leads).
func (e *Engine) headMatches(c *claimInfo, text string) {
	var bits uint64
	for _, w := range lowerWords(text) {
		ts := retrieval.Terms(w)
		if len(ts) != 1 || !leadVerbs[ts[0]] || !verbForm(w) {
			continue
		}
		if i := indexOf(c.terms, ts[0]); i >= 0 {
			bits |= 1 << i
		}
	}
	if bits == 0 || len(c.names) == 0 {
		return
	}
	own, _ := e.nameForms(c)
	e.markNear(c, bits, own, func(w string) bool {
		ts := retrieval.Terms(w)
		return len(ts) == 1 && headTitles[ts[0]]
	})
}

// headReach is how many words may stand between a title and its holder's
// name: "Its chief executive, Dr Ana Reyes" (four), "Ana Reyes, who
// chairs" (three).
const headReach = 6

// verbForm reports whether a lower-case word of leadVerbs is in a form
// only a verb takes ("runs", "led", "chaired"), not a noun's ("head",
// "lead", "chair").
func verbForm(w string) bool {
	switch w {
	case "ran", "led", "oversaw", "overseen", "runs", "leads", "heads", "chairs", "manages", "helms", "oversees":
		return true
	}
	n := len(w)
	return n > 2 && w[n-2:] == "ed"
}
