package answer

import "testing"

// A made-up rowing report: the winning crew's prize is given, the
// runner-up is named but its prize is not.
const holderRegatta = `Tollgate crew wins the Marrow Cup on the estuary
The Tollgate crew won the Marrow Cup regatta on Saturday, beating the Hesketh boat by two lengths over the 3,000-metre course.
The Hesketh crew finished as runner-up for the third year in a row, and its stroke, Ada Quell, said the team would train through the winter.
Organisers said the winning crew receives £4,500 and a silver oar, and the cup will be displayed at the Tollgate boathouse until next summer.
About 2,000 spectators lined the banks, the harbour master said.`

func TestHolderAbsentAbstains(t *testing.T) {
	checkAbstains(t, offlineEngine(t, holderRegatta), []abstainCase{
		// The sum is the winning crew's; the runner-up is named in
		// another paragraph, never beside a prize.
		{"How much prize money does the runner-up receive?", true},
		{"How much prize money does the winning crew receive?", false},
	})
}

// A made-up results story: the forecast is given in a relative clause
// after the figure ("the $395 million analysts had forecast").
const holderForecast = `Brindle Foods profit rises on bakery sales
The baker credited its wholesale arm for most of the gain.
Revenue rose 9 percent to $410 million, ahead of the $395 million analysts had forecast, as bread prices climbed.
Chief executive Oren Vale said the group expects revenue of $450 million next year as new ovens open.
Shares fell 2 percent in early trading.`

func TestFigureOfHolderAnswers(t *testing.T) {
	checkAbstains(t, offlineEngine(t, holderForecast), []abstainCase{
		{"How much revenue had analysts forecast?", false},
	})
}

func TestSubjectHeadSkipsAdverbs(t *testing.T) {
	for q, want := range map[string]string{
		"When was the pier first opened?":       "pier",
		"When will the new toll finally apply?": "toll",
	} {
		if got := subjectHead(q, questionVerb(q)); got != want {
			t.Errorf("subjectHead(%q) = %q, want %q", q, got, want)
		}
	}
}
