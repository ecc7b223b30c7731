package answer

import "testing"

// TestOneCounted checks that "one" joined to a unit of time is a count a
// claim must prove.
func TestOneCounted(t *testing.T) {
	e := offlineEngine(t, `Parking permits in Askern

Residents who apply before June will get a three-month discount on their permit.

The council offers new cyclists a one-year loan of a bicycle.
`)
	checkSupport(t, e, []supportCase{
		{"another count", "Residents who apply before June will get a one-year discount on their permit.", 2, false},
		{"the same count", "Residents who apply before June get a three-month permit discount.", 2, true},
		{"one year as twelve months", "New cyclists can borrow a bicycle from the council for twelve months.", 3, true},
		{"one-year as one-year", "The council lends new cyclists a bicycle for a one-year period.", 3, true},
	})
}
