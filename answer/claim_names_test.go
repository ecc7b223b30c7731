package answer

import "testing"

// TestStrangersAreNames checks that a role in capitals ("CEO") and a
// hyphenated compound of months ("July-to-September") are not proper nouns
// the article would have to use, while a place it never names still is.
func TestStrangersAreNames(t *testing.T) {
	e := offlineEngine(t, `Brannock Mills results

Brannock Mills is looking for a permanent chief executive, and its finance director, Ida Rosk, is running it in the meantime.

Sales rose 4% in the three months from July to September, the company said.
`)
	checkSupport(t, e, []supportCase{
		{"a role in capitals", "Ida Rosk is running Brannock Mills while it looks for a permanent CEO.", 2, true},
		{"months in a compound", "Brannock Mills sales rose 4% in the July-to-September quarter.", 3, true},
		{"a place never named", "Brannock Mills sales rose 4% in Lisbon from July to September.", 3, false},
	})
}
