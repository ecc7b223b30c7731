package answer

import "testing"

func TestFigureOfAnotherPlace(t *testing.T) {
	e := offlineEngine(t, `Flood reaches Ostrava Gardens
The river broke its banks above Ostrava Gardens early on Tuesday, and families were moved to the school hall.

The brewery hires most of the workers in Kelby, a town of about 12,000 people. The mine pays well. Its shifts are long. Most of its miners live in Ostrava Gardens.

About 340 people live in Merrow, the next village downstream.`)
	checkAnswerable(t, e, []answerableCase{
		{"How many people live in Ostrava Gardens?", false},
		{"How many people live in Kelby?", true},
		{"How many people live in Merrow?", true},
	})
}

func TestPlaceAway(t *testing.T) {
	cases := []struct {
		q, text string
		want    bool
	}{
		{"How many people live in Lowmoor?", "Lowmoor has 900 residents.", false},
		{"How many people live in Lowmoor?", "Dunby has 900 residents.", true},
		{"How many people live in San Remo Vale?", "San Remo, a town of 900, is busy.", true},
		{"How many tickets were sold in March?", "It sold 900 tickets.", false},
		{"How many vans are parked at the Harbour Street depot?", "The depot on Harbour Street holds 40 vans.", false},
	}
	for _, c := range cases {
		if got := placeAway(c.q, c.text); got != c.want {
			t.Errorf("placeAway(%q, %q): got %v, want %v", c.q, c.text, got, c.want)
		}
	}
}
