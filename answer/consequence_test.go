package answer

import "testing"

// "X, so Y" gives X as the reason for Y; "so far", "so much", "so-called"
// and "so that" (already a purpose in reasonRe) are not this conjunction.
func TestSoGivesAReason(t *testing.T) {
	q := "Why did the Tarrowby lifeboat crew fit a second pump?"
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The old pump kept clogging with sand, so the crew fitted a second pump in May.", true},
		{"The crew fitted a second pump, so one can run while the other is cleaned.", true},
		{"The crew has fitted two pumps so far this year.", false},
		{"The crew fitted a second pump, and so on down the list of repairs.", false},
		{"The crew fitted a second pump on Tuesday.", false},
	} {
		if got := hasAnswerType(reasonType, q, tc.s); got != tc.want {
			t.Errorf("hasAnswerType(why, %q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	// The cause stands before "so" and the asked event after it, or the
	// asked event before it and its purpose after.
	f := focusFor("lifeboat", "crew", "fit", "second", "pump")
	for _, s := range []string{
		"The old pump kept clogging with sand, so the crew fitted a second pump in May.",
		"The crew fitted a second pump, so one can run while the other is cleaned.",
	} {
		if got := f.attachment(reasonType, q, s); got == 0 {
			t.Errorf("attachment(why, %q) = 0, want the reason beside the pump", s)
		}
	}
}
