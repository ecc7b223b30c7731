package answer

import "testing"

// TestQuantityOfTimeAndHabit checks that "all" before a length of time
// ("all night") claims no quantity, and that "always" is stated by what
// happens every time ("every year"); "all" of a group and "always" of a
// single occasion still need their words.
func TestQuantityOfTimeAndHabit(t *testing.T) {
	e := offlineEngine(t, `Hallam notes

The Hallam reading room stays open overnight during exam weeks, the librarian said.

Most members of the Hallam rowing club voted for the merger with Ferrow.

The Orrin family has paid its mooring fee on time every year since 1990.

The Pelham family paid its mooring fee on time in 2019.
`)
	checkSupport(t, e, []supportCase{
		{"all night is overnight", "The Hallam reading room stays open all night in exam weeks.", 2, true},
		{"all of a group", "All members of the Hallam rowing club voted for the merger with Ferrow.", 3, false},
		{"always is every year", "The Orrin family has always paid its mooring fee on time.", 4, true},
		{"always is not one year", "The Pelham family has always paid its mooring fee on time.", 5, false},
	})
}

// TestMostAtClauseEnd checks that "most" ending its clause ("stood to
// benefit most") is how much, not most of something, while "most"
// before a noun still needs a source that says how many.
func TestMostAtClauseEnd(t *testing.T) {
	e := offlineEngine(t, `Marlow terminal

Analysts said the Marlow terminal, with the deepest berth, stood to benefit above all others.

Some shippers at Marlow backed the dredging plan.
`)
	checkSupport(t, e, []supportCase{
		{"most ends its clause", "Analysts said the Marlow terminal, with the deepest berth, stood to benefit most.", 2, true},
		{"most of a group", "Most shippers at Marlow backed the dredging plan.", 3, false},
	})
}

// TestAtMostIsABound checks that "at most" bounds a figure ("at most a
// fifth of the berths") rather than claiming most of something, while
// "most" of a group still needs a source that says how many.
func TestAtMostIsABound(t *testing.T) {
	e := offlineEngine(t, `Tarrow marina

Under the plan, visiting yachts could take up no more than 20% of the Tarrow marina's berths.

Some berth holders at Tarrow backed the plan.
`)
	checkSupport(t, e, []supportCase{
		{"at most is a bound", "Visiting yachts could take at most a fifth of the Tarrow marina's berths.", 2, true},
		{"most of a group", "Most berth holders at Tarrow backed the plan.", 3, false},
	})
}
