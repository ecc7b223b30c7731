package answer

import (
	"regexp"
	"strings"

	"articlebot/retrieval"
)

// A figure belongs to a time. "What was unemployment in March?" is not
// answered by a paragraph that gives February's rate, nor "How much will
// profit grow next year?" by this year's growth: the question names a
// period, so the answer's paragraph must name it too.

var (
	// askedMonthRe is a month the question names, capitalised so that the
	// modal "may" is not May.
	askedMonthRe = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	// relativePeriodRe is a period named from now: "next year", "last
	// quarter", "this season".
	relativePeriodRe = regexp.MustCompile(`(?i)\b(next|last|this|coming)\s+(week|weekend|month|quarter|year|season|spring|summer|autumn|fall|winter)\b`)
)

// periodMissing reports whether the question names a year, a month or a
// period from now ("next year") that the text (a candidate sentence and
// its neighbours in the paragraph) never does.
func periodMissing(q, text string) bool {
	if yearMissing(q, termSet(text)) {
		return true
	}
	have := termSet(text)
	for _, m := range askedMonthRe.FindAllString(q, -1) {
		if m == "May" && strings.HasPrefix(strings.TrimSpace(q), "May") {
			continue // "May I …"
		}
		if ts := retrieval.Terms(m); len(ts) == 1 && !have[ts[0]] {
			return true
		}
	}
	lower := strings.ToLower(text)
	for _, p := range relativePeriodRe.FindAllString(q, -1) {
		p = strings.ToLower(strings.Join(strings.Fields(p), " "))
		if !strings.Contains(lower, p) && !(p == "this year" && thisYear(lower)) {
			return true
		}
	}
	return false
}

var (
	// recentTimeRe dates an event within the current year of a report:
	// a weekday, a month, "yesterday", "last week".
	recentTimeRe = regexp.MustCompile(`\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|yesterday|today|(last|this) (week|weekend|month))\b`)
	// otherYearRe names a year by its number or from now.
	otherYearRe = regexp.MustCompile(`\b((19|20)\d\d|(last|next|previous|coming) year|years? ago)\b`)
)

// thisYear reports whether a (lower-case) text dates what it says within
// the report's own year without saying "this year": "How many boats
// raced this year?" — "nine boats raced on Saturday". A text that names
// another year, or none of the recent times, does not.
func thisYear(lower string) bool {
	return recentTimeRe.MatchString(lower) && !otherYearRe.MatchString(lower)
}

// windowText is the text of a candidate's sentence and of its neighbours
// in the same paragraph, as paragraphTerms reads them.
func (e *Engine) windowText(c candidate) string {
	var b strings.Builder
	for _, id := range []int{c.sent.ID - 1, c.sent.ID, c.sent.ID + 1} {
		if id < 0 || id >= len(e.art.Sentences) || e.art.Sentences[id].Para != c.sent.Para {
			continue
		}
		b.WriteString(e.art.Sentences[id].Text)
		b.WriteByte(' ')
	}
	return b.String()
}

// sayingTime is a time that dates a report rather than what it reports:
// "said on Wednesday", "told reporters on Tuesday", "announced Monday".
var sayingTime = regexp.MustCompile(`(?i)\b(said|says|told\s+\p{L}+|announced|reported|confirmed|wrote|added|stated)\s+(on\s+|late\s+|early\s+|last\s+|this\s+)?$`)

// onlySayingTimes reports whether every time a sentence gives dates the
// saying of it: "The mayor said on Wednesday that she had asked for a
// meeting" says when she said so, not when the meeting is.
func onlySayingTimes(s string) bool {
	ms := timeRe.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if !sayingTime.MatchString(s[max(0, m[0]-40):m[0]]) {
			return false
		}
	}
	return true
}
