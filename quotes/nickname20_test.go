package quotes

import "testing"

// TestKnownAsTheName: a name in marks after "known … as" or "known … as
// the" is no quotation, its small words in lower case or not.
func TestKnownAsTheName(t *testing.T) {
	checkSaid(t, []saidCase{
		{"a body's nickname after known as the, with a lower-case particle",
			[]string{
				"The rowing club, known to everyone on the river as the “Garças do Cais”, lost its boathouse lease in March.",
				"Its captain, Ines Rocha, said the crew would “train in borrowed boats until the autumn”.",
			},
			[]string{
				"Ines Rocha: train in borrowed boats until the autumn",
			}},
	})
}
