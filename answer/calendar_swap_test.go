package answer

import "testing"

// TestMonthWrittenShortIsNoSwappedName checks that a claim's month the
// source abbreviates ("February 9" for "Feb. 9") is not read as a name
// swapped for another: months are figures, and the figure check reads
// both forms; a changed month still fails there.
func TestMonthWrittenShortIsNoSwappedName(t *testing.T) {
	e := offlineEngine(t, `Coyle Baths

Coyle Baths will stop heating its outdoor pool in the week starting Feb. 9, the Coyle trust said.
`)
	checkSupport(t, e, []supportCase{
		{"abbreviated month", "The outdoor pool at Coyle Baths goes unheated in the week beginning February 9.", 2, true},
		{"changed month", "The outdoor pool at Coyle Baths goes unheated in the week beginning March 9.", 2, false},
	})
}
