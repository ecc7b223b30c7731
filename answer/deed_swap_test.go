package answer

import "testing"

// TestDeedSwapped checks that a claim giving a deed of its source to
// another person the source names is not supported, while the same deed
// by its doer, by a pronoun for her, or with a doer who shares the deed
// is.
func TestDeedSwapped(t *testing.T) {
	e := offlineEngine(t, `Planning appeal in Wexmoor

At the hearing, the council's solicitor, Priya Nandakumar, read out a letter written by the farmer, Owen Tarrant.

Owen Tarrant and Elsie Marwood signed the objection in May.

Elsie Marwood chaired the meeting. She thanked the residents for coming.
`)
	checkSupport(t, e, []supportCase{
		{"other reader", "Owen Tarrant read out the letter at the hearing.", 2, false},
		{"the reader", "Priya Nandakumar read out a letter from Owen Tarrant at the hearing.", 2, true},
		{"one of two signers", "Elsie Marwood signed the objection in May.", 3, true},
		{"pronoun", "Elsie Marwood thanked the residents for coming.", 4, true},
	})
}
