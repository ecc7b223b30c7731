package answer

import "testing"

// TestRolePinnedByTheIndex checks that a claim's role word the article
// never writes for its person ("the prosecutor" for an assistant district
// attorney, "the spokeswoman" for a spokesperson) counts as naming the
// person the quotation index pins it on, in a window that names her, and
// not in a window about someone else.
func TestRolePinnedByTheIndex(t *testing.T) {
	e := offlineEngine(t, `Depot fire trial opens in Carrow

Assistant District Attorney Hal Pruett told jurors the sprinklers had been switched off for a month.

"Nobody checked the valves," Pruett said.

Tillory Freight spokesperson Ines Marrow said the firm had since replaced every valve.

The defence lawyer, Otto Brisk, said the valves had been checked in May.
`)
	checkSupport(t, e, []supportCase{
		{"prosecutor for an assistant district attorney", "The prosecutor said no one had checked the valves.", 3, true},
		{"spokeswoman for a spokesperson", "The spokeswoman said every valve had been replaced.", 4, true},
		{"the prosecutor's words in the lawyer's paragraph", "The prosecutor said the valves had been checked in May.", 5, false},
	})
}
