package answer

import "testing"

// A causal connective later in the asked event's own clause gives its
// cause however many phrases stand between them; one in a relative clause
// or after a conjunction gives the cause of something else.
func TestCauseInTheSameClause(t *testing.T) {
	q := "Why did the council postpone the vote?"
	f := focusFor("council", "postpone", "vote")
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{`The council postponed the vote on the "Harbour Levy Bill" until March on Thursday evening after two members walked out.`, true},
		{"The council postponed the vote after two members walked out.", true},
		{"The council postponed the vote on a levy that the harbour board had drawn up for the winter to keep ferries running.", false},
		{"The council postponed the vote on the levy for the harbour at its monthly meeting and the mayor left early after a row.", false},
	} {
		if got := f.attachment(reasonType, q, tc.s) > 0; got != tc.want {
			t.Errorf("attachment(why, %q) > 0 = %v, want %v", tc.s, got, tc.want)
		}
	}
}
