package answer

import "testing"

// A made-up council story: two parties' sides told in one sentence, a
// cause before "which is why", a town hall's age and its clerk's, and a
// distance after a station's name.
const clausesCouncil = `Harbour levy goes to a vote
The Greenway Group backs the harbour levy, while its partner, the Crofters' League, has given its nine councillors a free vote.
Fuel costs have doubled since spring, which is why the ferry operator raised fares in June.
The clerk, Odile Marsh, 58, said the town hall roof leaks.
The ferry leaves from Pennock Station, 12 kilometres away.
The 90-year-old pier will close for repairs.`

func TestOthersSideAndWhyConnective(t *testing.T) {
	e := offlineEngine(t, clausesCouncil)
	checkAnswerable(t, e, []answerableCase{
		// The side told is the Greenway Group's, not the League's.
		{"How will the Crofters' League's nine councillors vote?", false},
		{"How will the Greenway Group vote on the levy?", true},
		// "which is why" gives the cause before it.
		{"Why did the ferry operator raise fares?", true},
		// A clerk's age is no roof's age; a distance is no age.
		{"How old is the town hall roof?", false},
		{"How old is the pier?", true},
	})
}

func TestAgesIn(t *testing.T) {
	for _, tt := range []struct {
		s     string
		thing bool
		want  int
	}{
		{"The ferry leaves from Pennock Station, 12 kilometres away.", false, 0},
		{"The clerk, Odile Marsh, 58, said the roof leaks.", false, 1},
		{"The clerk, Odile Marsh, 58, said the roof leaks.", true, 0},
		{"The 90-year-old pier will close.", true, 1},
	} {
		if got := len(agesIn(tt.s, tt.thing)); got != tt.want {
			t.Errorf("agesIn(%q, %v): %d ages, want %d", tt.s, tt.thing, got, tt.want)
		}
	}
	if !thingAged("How old is the town hall roof?") || thingAged("How old is the clerk?") || thingAged("How old is Odile Marsh?") {
		t.Errorf("thingAged: a thing's age told from a person's wrongly")
	}
}
