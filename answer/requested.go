// Asked for is not done: "the residents asked the council for two more
// buses" does not say the council sent them, and "asked whether the
// bridge would reopen" does not say it will. A claim that states what a
// passage holds only as the content of a request or a question takes the
// asking for the answer; the coverage check counts the words all the same.

package answer

import (
	"regexp"
	"strings"

	"articlebot/retrieval"
)

// requestOpen ends where the content of a request or a question begins:
// after "asked (someone) whether/if", "urged/asked/called on (someone)
// to", "asked/called/appealed (someone) for". The words between are at
// most a short noun phrase ("the county's roads agency").
var requestOpen = regexp.MustCompile(`(?i)\b(?:(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering)\s+(?:\S+\s+){0,4}?(?:whether|if)|(?:ask|asks|asked|asking|urge|urges|urged|urging|call\s+on|calls\s+on|called\s+on|calling\s+on|press|presses|pressed|pressing|lobby|lobbied|lobbying|petition|petitioned|petitioning)\s+(?:\S+\s+){1,5}?to|(?:ask|asks|asked|asking|call|calls|called|calling|appeal|appeals|appealed|appealing)\s+(?:\S+\s+){0,5}?for)\s`)

// denial is a request that something not be done.
var denial = regexp.MustCompile(`(?i)\b(?:not|never)\b`)

// asking are the words of a claim that is itself about a request or a
// question ("asked the council for buses"): such a claim may hold what
// was asked.
var asking = map[string]bool{}

func init() {
	for _, t := range retrieval.Terms(`ask asked asking whether wonder wondered urge urged request requested question questioned
		appeal appealed press pressed lobby lobbied petition petitioned demand demanded want wanted seek sought`) {
		asking[t] = true
	}
}

// requestSplit returns the terms of a sentence inside the content of a
// request or a question (from where requestOpen ends to the end of that
// clause) and the rest.
func requestSplit(text string) (asked, rest []string) {
	locs := requestOpen.FindAllStringIndex(text, -1)
	at := 0
	for _, l := range locs {
		if l[0] < at || denial.MatchString(text[l[0]:l[1]]) {
			continue // "had asked the paper not to print her name" asks for nothing to be done
		}
		rest = append(rest, retrieval.Terms(text[at:l[1]])...)
		end := len(text)
		if k := strings.IndexAny(text[l[1]:], ",;:.!?—"); k >= 0 {
			end = l[1] + k
		}
		asked = append(asked, retrieval.Terms(text[l[1]:end])...)
		at = end
	}
	rest = append(rest, retrieval.Terms(text[at:])...)
	return asked, rest
}

// requestOnly reports whether the window holds the claim's verb, and
// every other word of the claim after its subject (names aside), only in
// the content of a request or a question, while the claim asks nothing:
// "the ministry has reopened the road" cited to "wrote to the ministry
// asking it to reopen the road". A claim whose verb the window does not
// hold is left to the other checks: it may tell the asking in words of
// its own ("gave the firm a month to explain" for "asked the firm to
// explain within a month").
func (e *Engine) requestOnly(c *claimInfo, window []int) bool {
	if c.verb < 0 {
		return false
	}
	for _, t := range c.terms {
		if asking[t] {
			return false
		}
	}
	var names uint64
	for _, m := range c.nameMasks {
		names |= m
	}
	var asked, rest uint64
	for _, id := range window {
		a, r := requestSplit(e.art.Sentences[id].Text)
		for _, t := range a {
			asked |= c.matches[t]
		}
		for _, t := range r {
			rest |= c.matches[t]
		}
	}
	after := ^uint64(0) << c.verb // the subject's words frame the claim
	asked &^= names
	return asked&(1<<c.verb) != 0 && rest&after&^names == 0
}
