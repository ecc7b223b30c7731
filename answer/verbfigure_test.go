package answer

import "testing"

func TestObjectFigure(t *testing.T) {
	cases := []struct {
		verb, s string
		want    bool
	}{
		{"mill", "The Ostrava works mills about 40,000 tonnes a month.", true},
		{"flooded", "The storm flooded more than 2,300 acres of farmland.", true},
		{"ships", "The port ships up to 9 million litres of olive oil a year.", true},
		// A phrasal verb's particle stands between the verb and its object.
		{"set", "The board has set aside twelve gigalitres for the river towns.", true},
		{"pumped", "Crews pumped out about 3 million litres from the tunnel.", true},
		// A share, a sum of money or a figure away from the verb measures nothing.
		{"ships", "The port ships 18 per cent of the region's oil.", false},
		{"ships", "The port ships oil worth $40 million.", false},
		{"ships", "The port ships oil, and 300 dockers work there.", false},
	}
	for _, tc := range cases {
		if got := objectFigure(tc.verb, tc.s); got != tc.want {
			t.Errorf("objectFigure(%q, %q) = %v, want %v", tc.verb, tc.s, got, tc.want)
		}
	}
}

func TestHowMuchStuffByTheVerbsObject(t *testing.T) {
	e := offlineEngine(t, `Dunmore quarry to double output
The Dunmore granite quarry will expand next spring, its owner said on Monday.
The quarry currently extracts about 40,000 tonnes a month, mostly for road building.
Neighbours have complained about dust.`)
	if !judgeOf(t, e, "How much granite does the Dunmore quarry extract?").answerable {
		t.Error("a measure after the question's verb was not taken as the answer")
	}
}
