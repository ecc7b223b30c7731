package answer

import "testing"

// TestAnswerWordStatesNothing checks that the "Yes" or "No" opening an
// answer to a yes-or-no question is no claim word: "No," does not make a
// plain statement negative, and "Yes:" does not weigh against a short one.
func TestAnswerWordStatesNothing(t *testing.T) {
	e := offlineEngine(t, `Tarrow ferry back

The Tarrow ferry resumed sailings on Monday after a two-week repair to its ramp.

Harbour staff said the ramp had not been inspected since 2019.
`)
	checkSupport(t, e, []supportCase{
		{"no before a plain statement", "No, the ferry resumed sailings on Monday.", 2, true},
		{"no answer word in a negative claim", "No, the ramp had not been inspected since 2019.", 3, true},
		{"a changed day still fails", "Yes, the ferry resumed sailings on Friday.", 2, false},
	})
	if c := e.claimInfo("Yes: the repair took two weeks."); indexOf(c.terms, "yes") >= 0 {
		t.Errorf("claim words of %q = %v, want no \"yes\"", c.text, c.terms)
	}
}
