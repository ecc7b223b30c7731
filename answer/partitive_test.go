package answer

import "testing"

// TestPartOfAGivenWhole: "How many of the N X …?" knows the whole and asks
// for a part. A sentence that gives only the whole does not answer it; one
// that gives the part ("nine of its 40 stalls") does. Made-up articles in
// two styles: a market report and a club bulletin.
func TestPartOfAGivenWhole(t *testing.T) {
	market := offlineEngine(t, `Night market loses its licence
The council on Monday withdrew the licence of the Quayside night market, home to 40 food stalls.
Traders said nine of its 40 stalls had already found pitches elsewhere.
The market will close on March 31.`)
	club := offlineEngine(t, `Rowing club members back new boathouse
Members of the Elder Reach rowing club met on Sunday to discuss plans for a new boathouse.
All 120 members were invited to the meeting, which lasted three hours.
The committee will publish the plans in April.`)
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		{market, "How many of the 40 stalls have found new pitches?", true},
		{club, "How many of the 120 members voted for the boathouse?", false},
		{club, "How many members were invited to the meeting?", true},
	}
	for _, tt := range tests {
		if got := judgeOf(t, tt.e, tt.q).answerable; got != tt.want {
			t.Errorf("%q: answerable = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestCountOfTheHeadNoun: in "212 permit holders" the count counts the
// holders; it does not say how many permits there are.
func TestCountOfTheHeadNoun(t *testing.T) {
	e := offlineEngine(t, `River agency tightens fishing rules
The Marl River agency said on Friday that its 212 permit holders would have to report every catch from May.
Rangers will check boats at the three weirs below Ostby.`)
	checkAnswerable(t, e, []answerableCase{
		{"How many permits has the agency issued on the Marl River?", false},
		{"How many permit holders will have to report their catches?", true},
		{"How many weirs will rangers check?", true},
	})
}

// TestCountInARatio: "one teacher to 31 pupils" and "one in four
// households" give proportions, not how many pupils or households there
// are.
func TestCountInARatio(t *testing.T) {
	e := offlineEngine(t, `Village school stretched thin
Classes at Hollin Primary now run at one teacher to 31 pupils, the head said on Monday.
One in four households in the village has a child at the school.
The school opened a second classroom for 24 pupils in 2022.`)
	checkAnswerable(t, e, []answerableCase{
		{"How many households are there in the village?", false},
		{"How many pupils does the second classroom hold?", true},
	})
	s := "Classes now run at one teacher to 31 pupils."
	words := wordRe.FindAllStringIndex(s, -1)
	if !inRatio(s, words, len(words)-1) {
		t.Errorf("%q: the pupils' count is not read as a ratio", s)
	}
}
