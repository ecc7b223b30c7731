package answer

import "testing"

// TestCountsOfTimes checks that "twice" and "thrice" state the counts
// "two times" and "three times" on either side, and that a source's
// "double" states "twice as many", while another count still fails the
// figure check.
func TestCountsOfTimes(t *testing.T) {
	e := offlineEngine(t, `Canal path volunteers

Twice a week, volunteers from the Orrin Lock trust sweep the towpath between the lock and the mill.

The lock keeper, Bram Telford, said 11 narrowboats were moored above the lock and that he expected the number to double by Friday.
`)
	checkSupport(t, e, []supportCase{
		{"two times for twice", "Orrin Lock trust volunteers sweep the towpath two times weekly.", 2, true},
		{"three times for twice", "Orrin Lock trust volunteers sweep the towpath three times weekly.", 2, false},
		{"twice as many for double", "Eleven narrowboats were moored above the lock, and Telford expected twice as many by Friday.", 3, true},
	})
}
