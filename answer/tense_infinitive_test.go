package answer

import "testing"

func TestDecisionIsNotTheDeed(t *testing.T) {
	e := offlineEngine(t, `Dunley to get new footbridge
The Dunley parish council voted 6-1 on Tuesday evening to build a footbridge over the Wend, the clerk said.
A ferry has carried walkers across the river since 1952.
The old stone bridge upstream was built in 1871 and closed in 2019.`)
	checkAnswerable(t, e, []answerableCase{
		{"When did the parish council build the footbridge?", false},
		{"When was the old stone bridge built?", true},
		{"When did the parish council vote on the footbridge?", true},
	})
}

func TestOnlyInfinitive(t *testing.T) {
	cases := []struct {
		q, s string
		want bool
	}{
		{"When did the firm buy the vans?", "The firm agreed on Friday to buy 40 vans.", true},
		{"When did the firm buy the vans?", "The firm bought the vans in May.", false},
		{"How far did the runner go in an hour?", "It took her an hour to go 12 miles.", false},
		{"When did the firm buy the vans?", "The firm agreed to buy 40 vans and bought them in May.", false},
		{"When will the firm buy the vans?", "The firm agreed on Friday to buy 40 vans.", false},
	}
	for _, c := range cases {
		if got := onlyInfinitive(c.q, c.s); got != c.want {
			t.Errorf("onlyInfinitive(%q, %q): got %v, want %v", c.q, c.s, got, c.want)
		}
	}
}
