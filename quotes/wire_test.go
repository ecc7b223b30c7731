package quotes

import "testing"

// TestWireAgencyIsNoDescribedBody: the agency a dateline credits is not
// the body "the club" means, nor is a noun that modifies another ("the
// team bus") a description of the club.
func TestWireAgencyIsNoDescribedBody(t *testing.T) {
	checkSaid(t, []saidCase{
		{"the agency in the dateline is not the club",
			[]string{
				"OSLAND, Norway, May 4 (Northwire) - Second-tier club Vestby Ballklubb will play its last two home games without fans, the club said on Monday.",
				"In a notice translated by Northwire, the club said the attack was cowardly.",
				`"We are ashamed of Sunday," the club said.`,
			},
			[]string{"Vestby Ballklubb: We are ashamed of Sunday"}},
		{"a noun before another noun is no description of the club",
			[]string{
				"Second-tier club Vestby Ballklubb will play its last two home games without fans after supporters attacked the team bus, the club said.",
				`"We are ashamed of Sunday," the club said.`,
			},
			[]string{"Vestby Ballklubb: We are ashamed of Sunday"}},
	})
}
