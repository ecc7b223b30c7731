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

// TestMillennia checks that "ten millennia" states ten thousand years.
func TestMillennia(t *testing.T) {
	e := offlineEngine(t, `Peat bog survey

Core samples show the Harl Moss peat took about eight thousand years to form, the survey team said.
`)
	checkSupport(t, e, []supportCase{
		{"millennia for thousands of years", "The Harl Moss peat took roughly eight millennia to form.", 2, true},
		{"another span", "The Harl Moss peat took roughly eight centuries to form.", 2, false},
	})
}
