package answer

import "testing"

// A made-up museum story: the museum is named once, then by its common
// noun in sentences that a person speaks; another body has a budget too.
const ownNounMuseum = `Ostler Museum to shut two galleries
The Ostler Museum will shut two of its galleries from March.
Director Ama Ruiz said the museum's budget shortfall had reached $90,000 this year.
Ruiz said the museum would also cut its opening hours to four days a week.
The Penrith Gallery, across the square, has raised its entry fee.`

func TestOwnNounOfTheQuestion(t *testing.T) {
	e := offlineEngine(t, ownNounMuseum)
	checkAnswerable(t, e, []answerableCase{
		// "the museum" in a sentence Ruiz speaks is the Ostler Museum.
		{"How big is the museum's budget shortfall?", true},
		{"How many days a week will the museum open?", true},
		// The question names the museum in full: nothing about its
		// visitors in any sentence.
		{"How many visitors does the Ostler Museum get?", false},
	})
}
