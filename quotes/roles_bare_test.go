package quotes

import "testing"

// TestBareOrgDescription: a description without an article that opens
// its clause, after a dateline or at a sentence's start, is what the
// organisation is; one that does not open its clause is not read.
func TestBareOrgDescription(t *testing.T) {
	a, ix := parse(t, "Headline",
		"TROMSVIK, Norway, May 4 (Northwire) - Norwegian third-tier club Vestby FC will play without fans, the club said on Monday.",
		`"We are ashamed," Vestby FC said.`)
	checkRoles(t, Roles(a, ix), map[string]string{"Vestby FC": "Norwegian third-tier club"})
	a, ix = parse(t, "Headline",
		"Danish second-tier club Holte FC said it would not renew the loan.",
		`"It is final," Holte FC said.`)
	checkRoles(t, Roles(a, ix), map[string]string{"Holte FC": "Danish second-tier club"})
	a, ix = parse(t, "Headline",
		"Fans cheered as Vestby FC beat second-division club Strand IL on Sunday.",
		`"It was a hard day," Strand IL said.`)
	checkRoles(t, Roles(a, ix), map[string]string{"Strand IL": ""})
}
