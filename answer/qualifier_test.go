package answer

import "testing"

// A made-up trade brief: figures for one depot, one change and one
// event, to ask about another depot, the opposite change and an event the
// article never speaks of.
const qualifierBrief = `Halvard Foods raises dividend, opens second depot
Halvard Foods, the frozen-food wholesaler, raised its quarterly dividend by 3 cents to 41 cents a share on Monday.
The company employs 220 people at its depot in Tromsø, which opened in 2019.
A second depot, in Narvik, will open in March.
A fire in a loading bay at the Tromsø depot in June closed it for two days.`

func TestAmountOfKind(t *testing.T) {
	tests := []abstainCase{
		{"How many people work at the Tromsø depot?", false},
		// Another depot's head count is not Narvik's.
		{"How many people will the Narvik depot employ?", true},
		{"By how much did Halvard raise its dividend?", false},
		// The dividend went up: no sentence gives a cut.
		{"By how much did Halvard cut its dividend?", true},
		// The article never speaks of injuries in any form.
		{"How many people were hurt in the fire?", true},
	}
	e := offlineEngine(t, qualifierBrief)
	checkAbstains(t, e, tests)
}

// TestSumOfValue: a sum beside the asked noun gives its value; the noun
// as the whole of a share does not ("a fifth of its annual revenue").
func TestSumOfValue(t *testing.T) {
	tests := []struct {
		q, s string
		want bool
	}{
		{"What is Halvard's annual revenue?", "Halvard's revenue rose to 212 million kroner last year.", true},
		{"How much revenue did Halvard make?", "It made $40 million in revenue.", true},
		{"What is Halvard's annual revenue?", "The depot will cost $40 million, about a fifth of Halvard's annual revenue.", false},
		{"What was the frozen unit's profit?", "Sales at the frozen unit fell 7 percent.", false},
		// Not a question about a reported sum's value.
		{"How much did Halvard's profit rise?", "Profit rose 6 percent.", true},
	}
	for _, tt := range tests {
		if got := sumOfValue(valueNoun(tt.q), tt.s); got != tt.want {
			t.Errorf("sumOfValue(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}
