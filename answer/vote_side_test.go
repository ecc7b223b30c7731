package answer

import "testing"

// TestVoteTurned checks that a claim which gives a vote the other side
// than its source is not supported, whichever way the sides are written
// ("for", "against", "to" with a verb of either pole, a tally before
// them), while the same side in other words is.
func TestVoteTurned(t *testing.T) {
	e := offlineEngine(t, `Depot vote in Marrowby

Councillor Petra Lindqvar voted against the bus depot in May and said the site was too close to the school.

The assembly voted by 22 to 9 to refer the ferry bill to a committee.

The harbour board voted five to two against the new mooring tariff.
`)
	checkSupport(t, e, []supportCase{
		{"against turned for", "Petra Lindqvar voted for the bus depot in May.", 2, false},
		{"against kept", "Petra Lindqvar voted against the bus depot in May.", 2, true},
		{"to refer turned against", "The assembly voted by 9 to 22 against referring the ferry bill to a committee.", 3, false},
		{"to refer kept", "The assembly voted 22 to 9 to refer the ferry bill to a committee.", 3, true},
		{"against kept after a tally", "The harbour board voted 5 to 2 against the new mooring tariff.", 4, true},
		{"against turned to keep", "The harbour board voted 5 to 2 for the new mooring tariff.", 4, false},
	})
}

// TestRefusedDone checks that a claim of a refusal is not supported by a
// window that says the deed was done, while a window that states the
// refusal in other words still supports it.
func TestRefusedDone(t *testing.T) {
	e := offlineEngine(t, `Allotment sign-up in Corbel

Odile Varnet, a beekeeper on the next plot, enrolled in the new tenancy scheme last month, the secretary said, since nobody could promise her hives a place otherwise.

The beekeepers' club declined to sign the lease until the rent was halved.
`)
	checkSupport(t, e, []supportCase{
		{"refused what was done", "Odile Varnet refused to enrol in the new tenancy scheme.", 2, false},
		{"done as done", "Odile Varnet enrolled in the new tenancy scheme.", 2, true},
		{"refused as declined", "The beekeepers' club refused to sign the lease until the rent was halved.", 3, true},
	})
}
