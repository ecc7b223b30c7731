package answer

import "testing"

// TestPrivativeVerb checks that a claim's "lost their jobs" is stated by
// a window's "without jobs", while "did not lose their jobs" still
// contradicts it.
func TestPrivativeVerb(t *testing.T) {
	e := offlineEngine(t, `Mill closures

The closure left about 300 workers at the Dellow mill without jobs.

About 120 workers at the Harrow mill did not lose their jobs after the sale.
`)
	checkSupport(t, e, []supportCase{
		{"lost is without", "About 300 workers at the Dellow mill lost their jobs.", 2, true},
		{"did not lose", "About 120 workers at the Harrow mill lost their jobs after the sale.", 3, false},
	})
}

// TestPrivativeWindow checks that a negative claim rests on a window that
// denies its word by a privative one ("exempt" for "not covered", "free"
// for "not charged", "for the first time" for "never … before"), while a
// claim that negates another word is still turned away.
func TestPrivativeWindow(t *testing.T) {
	e := offlineEngine(t, `Toll changes at Brenmore

Delivery vans registered in Brenmore will be exempt from the new bridge toll, the council said.

The Brenmore ferry will offer free crossings for cyclists until the spring.

The Brenmore rowing club reached the regional final for the first time in its history.
`)
	checkSupport(t, e, []supportCase{
		{"exempt is not covered", "Delivery vans registered in Brenmore will not be covered by the new bridge toll.", 2, true},
		{"free is not charged", "The Brenmore ferry will not charge cyclists for crossings until the spring.", 3, true},
		{"first time is never before", "The Brenmore rowing club had never reached the regional final before.", 4, true},
		{"another word negated", "Delivery vans registered in Brenmore will not use the new bridge.", 2, false},
	})
}

// TestPrivativeCompound checks that a hyphenated privative compound
// denies its first part on either side: a claim's "fuel-starved" engines
// rest on a window's "engines with no fuel", a negative claim's "paid no
// rent" on a window's "rent-free", while a claim that negates another
// word is still turned away.
func TestPrivativeCompound(t *testing.T) {
	e := offlineEngine(t, `Depot news

Inspectors found the two Tarlow depot engines had no fuel left in their tanks.

The Tarlow bakers used the depot hall rent-free for a year.
`)
	checkSupport(t, e, []supportCase{
		{"starved is no", "Inspectors found the two Tarlow depot engines were fuel-starved.", 2, true},
		{"free is no", "The Tarlow bakers paid no rent for the depot hall for a year.", 3, true},
		{"another word negated", "The Tarlow bakers did not use the depot hall for a year.", 3, false},
	})
}
