package answer

import (
	"regexp"
	"strings"
)

// A count or a sum asked per unit of time ("How many trucks use the road
// each day?", "What does she earn a year?") is answered only by a figure
// given at that rate: "300 homes flooded" says nothing of a day.

// rateQ finds the rate a question asks at: "each day", "per hour", "a
// year" (not "a year ago"), "every week", "daily".
var rateQ = regexp.MustCompile(`(?i)\b(?:each|per|every|a|an)\s+(second|minute|hour|day|night|week|month|quarter|season|year)\b(\s+(ago|earlier|later|before|after))?|\b(hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly)\b`)

// rateWords are the adjectives and adverbs of each unit's rate.
var rateWords = map[string]string{
	"hour": "hourly", "day": "daily", "night": "nightly", "week": "weekly",
	"month": "monthly", "quarter": "quarterly", "year": "annual|annually|yearly|annualised|annualized",
}

// rateUnit returns the unit of time a question asks at, or "".
func rateUnit(q string) string {
	m := rateQ.FindStringSubmatch(q)
	switch {
	case m == nil || m[3] != "":
		return ""
	case m[1] != "":
		return strings.ToLower(m[1])
	}
	adj := strings.ToLower(m[4])
	for unit, words := range rateWords {
		for _, w := range strings.Split(words, "|") {
			if w == adj {
				return unit
			}
		}
	}
	return ""
}

// rateRes find, for each unit, a figure's rate in a sentence: "each day",
// "a day", "per day", "every day", "daily".
var rateRes = map[string]*regexp.Regexp{}

func init() {
	for _, unit := range strings.Fields(`second minute hour day night week month quarter season year`) {
		re := `(?i)\b((each|per|every|a|an|one)\s+` + unit
		if w := rateWords[unit]; w != "" {
			re += `|` + w
		}
		rateRes[unit] = regexp.MustCompile(re + `)\b`)
	}
}

// atRate reports whether a sentence gives something at the unit's rate.
func atRate(s, unit string) bool { return rateRes[unit].MatchString(s) }
