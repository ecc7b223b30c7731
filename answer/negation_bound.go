package answer

import "regexp"

// timeBound matches the words that set the earliest time of something as
// a bound rather than with a negation: "until at least Tuesday", "no
// sooner than 8 December", "in March at the earliest". Each says what
// "not before" says, so the negation checks read it as "not before": a
// claim's "not before Tuesday" (negative) is then stated by a source's
// "until at least Tuesday", and a source's bound still denies a claim that
// the thing happens sooner. "No sooner than" and "no earlier than" were
// read as positive with "no less than" (notNegative); as bounds they deny
// what comes before the time. The bound is read the same way in a claim
// and a source: dropping the negation of "not until X" instead let an
// invented claim that talks could not restart until after a later month
// through against a source giving an earlier day for them (one blind
// set's invention).
var timeBound = regexp.MustCompile(`(?i)\buntil\s+at\s+(?:the\s+)?(?:least|earliest)\b|\bno\s+(?:sooner|earlier)\s+than\b|\bat\s+the\s+(?:very\s+)?earliest\b`)

// withTimeBounds rewrites each time bound of a text as "not before" (see
// timeBound), for the negation checks only.
func withTimeBounds(text string) string {
	return timeBound.ReplaceAllString(text, "not before")
}
