package answer

import "testing"

// TestOthersCount checks that one thing named and "N other" things are
// N+1 ("Dam 4 and two other dams" are three dams), and that a plural
// before "and" makes no such count.
func TestOthersCount(t *testing.T) {
	e := offlineEngine(t, `Mine notes

The Kessel mining company said it had stopped all deposits on Dam A and on two other dams pending a review.

The Brenna council leader and four others resigned on Monday.

Three Brenna councils and two other bodies signed the Kessel water pact.
`)
	checkSupport(t, e, []supportCase{
		{"three dams", "The Kessel mining company stopped deposits on three dams.", 2, true},
		{"five dams", "The Kessel mining company stopped deposits on five dams.", 2, false},
		{"five resigned", "Five people, among them the Brenna council leader, resigned on Monday.", 3, true},
		{"a plural before and", "Four bodies signed the Kessel water pact.", 4, false},
	})
}
