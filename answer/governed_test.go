package answer

import "testing"

// TestUndoneInWindow checks that a window which puts an opposite right
// before the claim's own word ("block its approval") does not state the
// claim, while a claim that undoes the word itself still reads as the
// window.
func TestUndoneInWindow(t *testing.T) {
	e := offlineEngine(t, `Marina expansion vote

Councillor Petra Lindgaard, who leads the harbour residents' group, said her group would try to block its approval at the planning meeting in May.
`)
	tests := []supportCase{
		{"the window undoes the claim's word", "Petra Lindgaard said her group would campaign for its approval at the planning meeting.", 2, false},
		{"the claim undoes it too", "Petra Lindgaard said her group would try to stop its approval at the planning meeting.", 2, true},
	}
	checkSupport(t, e, tests)
}
