package answer

import "testing"

func TestOtherSide(t *testing.T) {
	tests := []struct {
		q, s string
		want bool
	}{
		{"Which trustees voted for the levy?", "Trustee Ana Ruiz cast the only vote against.", true},
		{"Which member voted against the budget?", "The board voted nine to one for the budget.", true},
		{"Who voted against the merger?", "Only Ivo Brandt voted against the merger.", false},
		{"Who voted in favour of the motion?", "Delegates voted 40-12 in favour, with Marta Sill leading the yes camp.", false},
		// No vote in the question, or none reported: nothing to clash.
		{"Who chairs the board?", "The board voted 5-2 for the cut.", false},
		{"Which councillors backed the plan?", "Councillor Joe Pratt praised the plan.", false},
	}
	for _, tt := range tests {
		if got := otherSide(tt.q, tt.s); got != tt.want {
			t.Errorf("otherSide(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}

func TestVotedSide(t *testing.T) {
	tests := []struct {
		verb, s string
		want    bool
	}{
		{"opposed", "Alderman Reyes, who voted against the plan, left early.", true},
		{"backed", "Seven members voted for the cut.", true},
		{"opposed", "Seven members voted for the cut.", false},
		{"chaired", "Seven members voted for the cut.", false},
	}
	for _, tt := range tests {
		if got := votedSide(tt.verb, tt.s); got != tt.want {
			t.Errorf("votedSide(%q, %q) = %v, want %v", tt.verb, tt.s, got, tt.want)
		}
	}
}

func TestFutureObject(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"What will the inquiry recommend?", true},
		{"What will the board decide in May?", true},
		{"What is the council going to approve next week?", true},
		// "What" belongs to a stranded preposition: a level, not an object.
		{"What will the levy fall to?", false},
		{"What did the inquiry recommend?", false},
		{"When will the board decide?", false},
	}
	for _, tt := range tests {
		if got := futureObject(tt.q); got != tt.want {
			t.Errorf("futureObject(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestUnsettledAndUnnamed walks the whole judgement over a made-up
// article in a wire style: a decision still to come, a dissenter the
// article does not name, and a tally with no names.
func TestUnsettledAndUnnamed(t *testing.T) {
	e := offlineEngine(t, `Grain board trims export quota
The Northfold Grain Board voted eight to one on Thursday to cut the export quota for barley by 5 percent.
The minutes, due next month, will name the member who voted against.
An independent panel will review the quota rules in the spring and is due to report to the board by June.
Board chair Petra Lind said the cut would protect local mills.`)
	checkAnswerable(t, e, []answerableCase{
		{"Which board member voted against the quota cut?", false},
		{"Which members voted for the quota cut?", false},
		{"What will the independent panel recommend?", false},
		{"By how much did the board cut the barley quota?", true},
		{"What did Petra Lind say about the cut?", true},
	})
}

// TestHowTheyVote: "How will X vote?" asks for a side, which a sentence
// saying when the vote is does not give.
func TestHowTheyVote(t *testing.T) {
	e := offlineEngine(t, `Allotment society to vote on move to Harwick Lane
Members of the Greyfold Allotment Society will vote on the council's offer of new plots at Harwick Lane on Saturday.
The society's treasurer, Odile Marchbank, said the committee would put the offer to members after a site visit.
The council said the Harwick Lane plots would be ready by April.
Councillor Ravi Dunmore, who chairs the parks committee, backs the move.`)
	checkAnswerable(t, e, []answerableCase{
		{"How will the allotment society's members vote on the Harwick Lane offer?", false},
		{"How will Councillor Dunmore vote on the move?", true},
		{"When will the society vote on the offer?", true},
	})
	if sideMissing("How did Alderman Reyes vote?", "Alderman Reyes voted against the plan.") {
		t.Error("a vote against gives a side")
	}
	if !sideMissing("How did Alderman Reyes vote?", "Alderman Reyes voted on Tuesday.") {
		t.Error("a vote on a day gives no side")
	}
}
