package answer

import "testing"

// A made-up chess report whose paragraph opens with "They" for the pair
// the paragraph before names.
func TestTheyOpensParagraph(t *testing.T) {
	e := offlineEngine(t, `Brothers meet in the last round

The Varga brothers, Tamas Varga and Bence Varga, faced each other on the top board of the Pellworth open on Sunday.

They shook hands on a draw after 20 moves, to the crowd's disappointment.

The tournament was won by Ilse Brandt, a teacher from Kassel.
`)
	checkAnswerable(t, e, []answerableCase{
		{"After how many moves did the Varga brothers shake hands on a draw?", true},
	})
}
