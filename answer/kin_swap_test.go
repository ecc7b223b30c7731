package answer

import "testing"

// TestKinQualified checks that a plain family noun in a claim is not
// stated by the same noun with a qualifier that makes it another
// relation, while the relation the window gives, or the same qualified
// one, still is.
func TestKinQualified(t *testing.T) {
	e := offlineEngine(t, `Bakery changes hands in Pellow

Her son-in-law, Anselm Drabek, will run the Pellow bakery from April.

Marta Quill's half-brother, Ivo Quill, sold the orchard next to the bakery last year.

Her nephew, Dario Fensk, will keep the bakery's books.
`)
	checkSupport(t, e, []supportCase{
		{"in-law dropped", "Anselm Drabek is her son and will run the Pellow bakery from April.", 2, false},
		{"in-law kept", "Her son-in-law Anselm Drabek will run the Pellow bakery from April.", 2, true},
		{"half dropped", "Ivo Quill, Marta Quill's brother, sold the orchard next to the bakery last year.", 3, false},
		{"plain relation", "Dario Fensk, her nephew, will keep the bakery's books.", 4, true},
	})
}
