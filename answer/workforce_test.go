package answer

import "testing"

func TestWorkforceCount(t *testing.T) {
	e := offlineEngine(t, `Tannery halts work after boiler fault
The Esker Vale tannery stopped production on Tuesday after its boiler failed an inspection.
Its owner, Rufus Dallow, said 62 staff had been told to stay at home until the boiler is repaired.
The tannery employs 140 people at the site, the council said.
Dallow said the firm would hire about 30 hands for its new dye house next spring.
Four nurses from the town clinic checked the workers for fumes.`)
	checkAnswerable(t, e, []answerableCase{
		{"How many workers have been told to stay at home?", true},
		{"How many jobs depend on the tannery?", true},
		{"How many doctors checked the workers?", false},
	})
}

func TestWorkforceCountTerms(t *testing.T) {
	cases := []struct {
		t       string
		counted []string
		want    bool
	}{
		{"staff", []string{"worker"}, true},
		{"peopl", []string{"job", "depend"}, true},
		{"employe", []string{"staff"}, true},
		{"nurs", []string{"worker"}, false},
		{"peopl", []string{"ship"}, false},
		{"staff", nil, false},
	}
	for _, c := range cases {
		if got := workforceCount(c.t, c.counted); got != c.want {
			t.Errorf("workforceCount(%q, %v): got %v, want %v", c.t, c.counted, got, c.want)
		}
	}
}
