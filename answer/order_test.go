package answer

import "testing"

func TestFirstIsNotLast(t *testing.T) {
	e := offlineEngine(t, `Later buses for Dunholt from Monday
The Dunholt night bus will run every 15 minutes on Fridays from Monday, the operator said.
The last bus from the station will now leave at 1.10am, up from 11.40pm.
Fares stay the same.`)
	checkAnswerable(t, e, []answerableCase{
		{"What time does the first bus leave the station?", false},
		{"What time does the last bus leave the station?", true},
	})
	if orderClash("When did the club last win the cup?", "It was the club's first win since 1998.") {
		t.Error("an adverb (last = most recently) clashed with an ordinal")
	}
}
