package quotes

import "testing"

// TestWireAgencyIsNoDescribedBody: the agency a dateline credits is not
// the body "the club" means, nor is a noun that modifies another ("the
// team bus") a description of the club.
func TestWireAgencyIsNoDescribedBody(t *testing.T) {
	checkSaid(t, []saidCase{
		{"the agency in the dateline is not the club",
			[]string{
				"OSLAND, Norway, May 4 (Northwire) - Second-tier club Vestby Ballklubb has fined three of its players for breaking a curfew, the club said on Monday.",
				"In a notice translated by Northwire, the club said the curfew had been clear.",
				`"We will not tolerate this," the club said.`,
			},
			[]string{"Vestby Ballklubb: We will not tolerate this"}},
		{"a noun before another noun is no description of the club",
			[]string{
				"Second-tier club Vestby Ballklubb will close its north stand for a month after fans threw bottles at the team bus, the club said.",
				`"We will not tolerate this," the club said.`,
			},
			[]string{"Vestby Ballklubb: We will not tolerate this"}},
	})
}
