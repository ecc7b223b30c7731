package answer

import "testing"

// TestNegationInARelativeClause checks that a noun a relative clause
// negates ("who was not involved in the survey") is not denied to a claim
// that uses it as a noun of another predicate, while a verb the clause
// negates, or a relation it denies, still is.
func TestNegationInARelativeClause(t *testing.T) {
	e := offlineEngine(t, `Reef survey finds coral recovering

Dr Lena Okoro, a marine biologist at Calloway University who was not involved in the survey, called it the most thorough count of the Marrow Reef in two decades.

The harbour board's youth delegate, Sami Reyes, who does not have a vote, said an online ballot of about 300 members showed most wanted longer opening hours.

Tom Fairley, 61, who is no relation to the harbour master, said he had fished off the Marrow Reef since 1989.

The planning committee, which did not approve the marina plan, will meet again in May.
`)
	checkSupport(t, e, []supportCase{
		{"a noun of another predicate (science wire)", "An outside biologist praised the survey as the most thorough count of the Marrow Reef in twenty years.", 2, true},
		{"a noun of another predicate (board report)", "About 300 members took part in the harbour board's online vote.", 3, true},
		{"a relation the clause denies", "Tom Fairley is the harbour master's brother.", 4, false},
		{"a verb the clause negates", "The planning committee approved the marina plan.", 5, false},
	})
}
