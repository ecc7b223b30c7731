package answer

import "testing"

// TestNegationInARelativeClause checks that a noun a relative clause
// negates ("who had no part in the survey") is not denied to a claim
// that uses it as a noun of another predicate, while a verb the clause
// negates, or a relation it denies, still is.
func TestNegationInARelativeClause(t *testing.T) {
	e := offlineEngine(t, `Reef survey finds coral recovering

Dr Lena Okoro, a marine biologist at Calloway University who had no part in the survey, said its divers had counted more coral colonies on the Marrow Reef than any team before them.

Sami Reyes, a youth delegate who has no seat on the harbour board, said about 300 members had signed his petition for longer opening hours.

Tom Fairley, 61, who is no relation to the harbour master, said he had fished off the Marrow Reef since 1989.

The planning committee, which did not approve the marina plan, will meet again in May.
`)
	checkSupport(t, e, []supportCase{
		{"a noun of another predicate (science wire)", "Okoro said the survey's divers counted more coral colonies on the Marrow Reef than any earlier team.", 2, true},
		{"a noun of another predicate (club report)", "About 300 members signed Reyes's petition to the harbour board for longer opening hours.", 3, true},
		{"a relation the clause denies", "Tom Fairley is the harbour master's brother.", 4, false},
		{"a verb the clause negates", "The planning committee approved the marina plan.", 5, false},
	})
}
