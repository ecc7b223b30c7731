package answer

import (
	"strings"
	"testing"
)

func TestQualifiesNoun(t *testing.T) {
	tests := []struct {
		q, name string
		want    bool
	}{
		{"When will the Arlow plant open?", "Arlow", true},
		{"When will the pool in Brenna reopen?", "Brenna", true},
		{"When will the results from Lake Orm be published?", "Orm", true},
		// A name the verb takes, a title, a subject before the verb.
		{"When did the army enter Tarvik?", "Tarvik", false},
		{"When was The Salt Road published?", "Salt", false},
		{"When will the Senate vote on the levy?", "Senate", false},
	}
	for _, tt := range tests {
		fields := strings.Fields(tt.q)
		i := -1
		for k, f := range fields {
			if strings.Trim(f, "?") == tt.name {
				i = k
			}
		}
		if got := qualifiesNoun(fields, i, questionVerb(tt.q)); got != tt.want {
			t.Errorf("qualifiesNoun(%q, %q) = %v, want %v", tt.q, tt.name, got, tt.want)
		}
	}
}

// A made-up business report: the company's plant in one town opened in
// May; a plant in another town is only said to be hiring.
const namedInstanceMill = `Fennick Mills lifts its forecast
Fennick Mills raised its full-year forecast on Tuesday, helped by strong demand for its flooring.
The firm said its costs had eased thanks to a new plant in Ostrava, which opened in May.
It also said it would take on 300 staff at a plant in Callow over the coming year.
Fennick Mills employs about 4,000 people.`

func TestNamedInstanceAbstains(t *testing.T) {
	checkAbstains(t, offlineEngine(t, namedInstanceMill), []abstainCase{
		{"When will the Callow plant open?", true},
		{"When did the Ostrava plant open?", false},
	})
}
