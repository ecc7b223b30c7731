package answer

import "testing"

// quayArticle states facts a model can turn round with a word of the
// other pole of one scale, each in the article's own frame.
const quayArticle = `Tarnwick harbour board sets out its plans

The Tarnwick harbour board trimmed its estimate of cargo traffic for the year on Thursday, blaming a slow autumn for the fishing fleet.

The coastguard will withdraw three patrol boats from the northern channel once the new radar mast is working, a board spokesman said.

Mayor Odile Brannock has said she will sign the dredging bill if the county council passes it in March.

The board's chair, Fenwick Aske, said the pilots' union would not accept the new rota, and talks would resume next week.

The Skerrow ferry company laid off 40 deckhands in the spring after losing the island mail contract.

The harbour's fee income of £3.2 million came in below the £3.5 million the board had budgeted for.
`

// TestOppositePoles checks that a claim word of one pole of a scale
// (lexicon.DirectionScales) is contradicted by the other pole's word in
// its place, while a word of its own pole and the negated opposite
// ("would not accept" for "would refuse") still state it.
func TestOppositePoles(t *testing.T) {
	e := offlineEngine(t, quayArticle)
	tests := []supportCase{
		{"raised against trimmed", "The Tarnwick harbour board raised its estimate of cargo traffic for the year.", 2, false},
		{"cut for trimmed", "The Tarnwick harbour board cut its estimate of cargo traffic for the year.", 2, true},
		{"send against withdraw", "The coastguard will send three patrol boats to the northern channel.", 3, false},
		{"pull out for withdraw", "The coastguard will remove three patrol boats from the northern channel.", 3, true},
		{"veto against sign", "Mayor Odile Brannock has said she will veto the dredging bill.", 4, false},
		{"approve for sign", "Mayor Odile Brannock has said she will approve the dredging bill if the county council passes it.", 4, true},
		{"hired against laid off", "The Skerrow ferry company hired 40 deckhands in the spring.", 6, false},
		{"beat against below, a stop word", "The harbour's fee income of £3.2 million beat what the board had budgeted for.", 7, false},
		{"refuse for would not accept", "Fenwick Aske said the pilots' union would refuse the new rota.", 5, true},
	}
	checkSupport(t, e, tests)
}
