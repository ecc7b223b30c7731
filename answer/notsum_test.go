package answer

import "testing"

// A made-up housing story: a refund given as a sum of money, a count
// after a month and a comma, and a count in lakhs.
const notSumHousing = `Tenants win rent refunds
The Mossvale block has 30 tenants. After a complaint, the housing board refunded £2,340 to one family in April.
Since March, 14 flats on Larch Street have been inspected for damp.
The board's chair, Petra Lund, said repairs would start in May.`

func TestHowManyIsNotASum(t *testing.T) {
	e := offlineEngine(t, notSumHousing)
	checkAnswerable(t, e, []answerableCase{
		// "£2,340" counts no tenants.
		{"How many of the 30 tenants have been refunded?", false},
		// "Since March, 14 flats": a count, not the age of March.
		{"How many flats have been inspected for damp?", true},
	})
}

func TestSumSpans(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"it refunded £2,340 and $3.5 million", []string{"£2,340", "$3.5 million"}},
		{"members rose to 2.85 lakh", nil}, // lakhs count anything
	} {
		var got []string
		for _, m := range sumSpans(tt.s) {
			got = append(got, tt.s[m[0]:m[1]])
		}
		if len(got) != len(tt.want) || len(got) > 0 && (got[0] != tt.want[0] || got[len(got)-1] != tt.want[len(tt.want)-1]) {
			t.Errorf("sumSpans(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	// A sum holds no count; asked in a currency, it does.
	if hasAnswerType(numberType, "How many tenants were refunded?", "The board refunded £2,340 in April.") {
		t.Errorf("hasAnswerType: a sum of money taken for a count")
	}
	if !hasAnswerType(numberType, "How many pounds were refunded?", "The board refunded £2,340 in April.") {
		t.Errorf("hasAnswerType: a sum not taken for the pounds asked")
	}
	if !countsOnly("How many tenants were refunded?") || countsOnly("How many pounds were refunded?") || countsOnly("How much was refunded?") {
		t.Errorf("countsOnly: a count's question told from a sum's wrongly")
	}
	if got := agesIn("Since March, 14 tenants have complained; Petra Lund, 61, chairs the board.", false); len(got) != 1 {
		t.Errorf("agesIn: got %d ages, want 1 (the chair's, not March's)", len(got))
	}
}
