package answer

import "testing"

// TestOthersCount checks that one thing named and "N other" things are
// N+1 ("the Ashby weir and two other weirs" are three weirs), and that a plural
// before "and" makes no such count.
func TestOthersCount(t *testing.T) {
	e := offlineEngine(t, `Mine notes

The Kessel water board closed the Ashby weir and two other weirs for repairs.

The Brenna council leader and four others resigned on Monday.

Three Brenna councils and two other bodies signed the Kessel water pact.
`)
	checkSupport(t, e, []supportCase{
		{"three weirs", "The Kessel water board closed three weirs.", 2, true},
		{"five weirs", "The Kessel water board closed five weirs.", 2, false},
		{"five resigned", "Five people, among them the Brenna council leader, resigned on Monday.", 3, true},
		{"a plural before and", "Four bodies signed the Kessel water pact.", 4, false},
	})
}
