package retrieval

import "testing"

// TestAsksFactOrRelation: "how" with an adjective and "who" with a form
// of "be" ask a measure or a role; a manner, a count, a doing or a
// statement does not.
func TestAsksFactOrRelation(t *testing.T) {
	for q, want := range map[string]bool{
		"How far from the quarry does Mina Rolt live?": true,
		"How tall is the new lighthouse?":              true,
		"Who is Pell Arno's cousin?":                   true,
		"Who was the surveyor for the parish?":         true,
		"How did Mina Rolt react?":                     false,
		"How many ferries sailed?":                     false,
		"Who is running the bakery?":                   false,
		"Who is the baker who said the oven failed?":   false,
		"Who did the survey?":                          false,
		"What is the quarry's depth?":                  false,
	} {
		if got := AsksFactOrRelation(q); got != want {
			t.Errorf("AsksFactOrRelation(%q) = %v, want %v", q, got, want)
		}
	}
}
