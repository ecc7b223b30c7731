package answer

import "testing"

// TestNounDeedSwapped checks that a claim giving a deed of its source to
// another body named by a common noun is not supported, while the same
// deed by its doer, by a pronoun, after a quotation, or with a doer the
// article never names otherwise is.
func TestNounDeedSwapped(t *testing.T) {
	e := offlineEngine(t, `Lost terrier in Ashcombe

The dog went missing from a garden on Tuesday, the council said.

A local bakery has promised a £300 prize to whoever brings the terrier home.

The charity will cover the vet's bill. The council will clear the lane.

The owners thanked the volunteers. They printed 500 posters.

"We have looked everywhere," said the owner's brother.
`)
	checkSupport(t, e, []supportCase{
		{"other body promised", "The council promised a £300 prize for the terrier.", 3, false},
		{"other body covers", "The council will cover the vet's bill.", 4, false},
		{"the doer", "A bakery promised a £300 prize for the dog.", 3, true},
		{"the doer of the second clause", "The council will clear the lane.", 4, true},
		{"pronoun", "The owners printed 500 posters.", 5, true},
		{"renamed doer", "The shop promised a £300 prize for the terrier.", 3, true},
		{"quotation before the verb", "The family said they had looked everywhere.", 6, true},
	})
}
