package answer

import (
	"context"
	"testing"
)

func TestConversed(t *testing.T) {
	for _, tc := range []struct {
		verb, s string
		want    bool
	}{
		{"bought", "The old tannery has been sold to Harwick Estates, a property firm from Leeds.", true},
		{"won", "The county awarded the paving work to a firm from Dunmore last spring.", true},
		{"won", "The visitors lost 3-0 at home to Brantley on Saturday.", true},
		{"buy", "The trust sold the orchard to the parish in 1990.", true},
		// An infinitive after "to" names no buyer.
		{"bought", "The family sold to raise money for the roof.", false},
		// The verb itself is keyAbsence's, not this rule's.
		{"sold", "The tannery was bought by Harwick Estates.", false},
		{"painted", "The shed was sold to a neighbour.", false},
	} {
		if got := conversed(tc.verb, tc.s); got != tc.want {
			t.Errorf("conversed(%q, %q) = %v, want %v", tc.verb, tc.s, got, tc.want)
		}
	}
}

// TestConverseAnswers checks that a question is answered by a sentence
// that tells its exchange from the other end, and not by one that names
// the exchange without the doer the question asks for.
func TestConverseAnswers(t *testing.T) {
	e := offlineEngine(t, `Tannery changes hands

The old tannery on Mill Row has been sold to Harwick Estates, a property firm, after standing empty for nine years.

Neighbours said they hoped the chimney would stay.

The parish council awarded the contract for the new footbridge to Tallis Joinery Ltd, a firm from Selby.
`)
	for _, tc := range []struct {
		q       string
		abstain bool
	}{
		{"Who bought the tannery?", false},
		{"Which firm won the footbridge contract?", false},
	} {
		res, err := e.Ask(context.Background(), Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstained != tc.abstain {
			t.Errorf("%q: abstained = %v (%q), want %v", tc.q, res.Abstained, res.Answer, tc.abstain)
		}
	}
}
