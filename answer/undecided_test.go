package answer

import "testing"

func TestUndecided(t *testing.T) {
	tests := []struct {
		q, s string
		want bool
	}{
		// Not said, still to decide, unclear: the question's verb and
		// object in the clause after "whether".
		{"Will the Tin Lanterns tour the coast in spring?", "The Tin Lanterns have not said whether they will tour the coast again.", true},
		{"Will Governor Pell sign the grazing order?", "Governor Pell will decide whether to sign the grazing order by Friday.", true},
		{"Will the ferry company restore the night sailing?", "It is still unclear whether the ferry company will restore the night sailing.", true},
		// The decider is asked for, not the open question.
		{"Who will decide whether to sign the grazing order?", "Governor Pell will decide whether to sign the grazing order by Friday.", false},
		// Another subject's open question.
		{"Will the Tin Lanterns tour the coast?", "The Brass Owls have not said whether they will tour the coast.", false},
		// The same verb on another object.
		{"Will Governor Pell sign the water bill?", "Governor Pell will decide whether to sign the grazing order by Friday.", false},
		// A sentence that answers.
		{"Will the Tin Lanterns tour the coast?", "The Tin Lanterns said they will tour the coast in May.", false},
	}
	for _, tt := range tests {
		if got := undecided(tt.q, tt.s); got != tt.want {
			t.Errorf("undecided(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}

// A made-up arts report: one sentence says a band has not said whether
// it will play, beside sentences that match the question's other words.
const undecidedGala = `Harbour hall to close with three gala nights
The Pellmar Hall on Quay Row will close in March after 60 years, its owners said on Monday.
Three gala nights will mark the closing, and tickets for the gala nights go on sale on Friday.
The Tin Lanterns, a folk trio formed at the hall in 1989, have not said whether they will perform at any of the gala nights.
Other bands that played the hall have sent messages of thanks to the owners.`

func TestUndecidedAbstains(t *testing.T) {
	checkAbstains(t, offlineEngine(t, undecidedGala), []abstainCase{
		{"Will the Tin Lanterns perform at one of the gala nights?", true},
		{"When will the Pellmar Hall close?", false},
	})
}
