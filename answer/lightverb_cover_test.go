package answer

import "testing"

// A light verb ("made", "gave", "carried out") before an action noun is
// credited wherever the noun is: "made a decision" of a passage's
// "decided". A light verb before a noun of no verb ("made a cake"), or a
// denied noun ("made no decision"), a noun in -ing or of the doer, or one
// past the light verb's clause keeps its verb missing.
func TestLightVerbCoveredByItsNoun(t *testing.T) {
	e := offlineEngine(t, `Ferry timetable cut for winter

The Orlest ferry board decided on Monday to drop the late crossing from November.

Harbour staff inspected the older boat after a fault last month, and the board approved a refit.

A bakery on the quay sells cakes to passengers.
`)
	for _, tt := range []struct {
		claim, term string
		para        int
		credited    bool
	}{
		{"The ferry board made a decision to drop the late crossing.", "made", 2, true},
		{"Harbour staff carried out an inspection of the older boat.", "carri", 3, true},
		{"The board gave approval for a refit.", "gave", 3, true},
		{"The board made no decision about the late crossing.", "made", 2, false},
		{"The bakery on the quay made cakes for passengers.", "made", 4, false},
		{"The board made the crossing safer.", "made", 2, false},
		{"The board made the inspectors look at the older boat.", "made", 3, false},
		{"Harbour staff would carry out. An inspection followed.", "carri", 3, false},
	} {
		if got, coverage := termCredited(t, e, tt.claim, tt.term, tt.para); got != tt.credited {
			t.Errorf("%q: ¶%d credits %q = %v, want %v (coverage %.2f)", tt.claim, tt.para, tt.term, got, tt.credited, coverage)
		}
	}
}
