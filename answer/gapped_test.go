package answer

import "testing"

// TestGappedVerbBindsFigure checks that a figure in a clause after "and"
// without a verb of its own is bound to the verb of the clause before it,
// and a clause with a verb of its own is not.
func TestGappedVerbBindsFigure(t *testing.T) {
	e := offlineEngine(t, `Marrowby library hours

The council voted on Tuesday to let branch libraries of up to 300 square metres open from 9am to 5pm on weekdays, and the main library on the three evenings before exams.

The council voted on Tuesday to let branch libraries of up to 300 square metres open from 9am to 5pm on weekdays, and the main library closes on the three evenings before exams.
`)
	checkSupport(t, e, []supportCase{
		{"the gapped clause shares the verb", "The main library will open on the three evenings before exams.", 2, true},
		{"a clause with its own verb", "The main library will open on the three evenings before exams.", 3, false},
	})
}
