package answer

import "testing"

// TestDeniedStated checks that a negative claim is not supported by a
// passage that states plainly what the claim denies, though the passage
// negates something else, while a passage that denies it too supports it.
func TestDeniedStated(t *testing.T) {
	e := offlineEngine(t, `Outage at Pellworth

Engineers have not found the fault yet. The backup pump at the Pellworth works started at 4:10 a.m. on Friday.

The water board declined to comment on the cost of the repairs.
`)
	checkSupport(t, e, []supportCase{
		{"denies what the passage states", "The backup pump at the Pellworth works did not start on Friday.", 2, false},
		{"states what the passage states", "On Friday the backup pump at the Pellworth works started at 4:10 a.m.", 2, true},
		{"denies what the passage denies", "The water board did not comment on what the repairs would cost.", 3, true},
	})
}
