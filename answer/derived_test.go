package answer

import (
	"context"
	"testing"
)

// A question's verb is found in a noun of the same root: "spoke" in
// "speakers", "punish" in "punishment" (lexicon.Derived). A verb with no
// such word in the passage still counts as absent.
func TestVerbFoundInItsDerivedNoun(t *testing.T) {
	e := offlineEngine(t, `Tenants pack Brindlemoor rent hearing

The Brindlemoor housing board held its rent hearing on Tuesday night in the old corn exchange.

The hearing ran for five hours and took comments from 43 speakers, most of them tenants of the Quarry Lane blocks.

Board chair Odile Fenwright said the rent rise would be put to a vote in March.
`)
	ctx := context.Background()
	for _, tc := range []struct {
		q       string
		abstain bool
	}{
		{"How many people spoke at the rent hearing?", false},
		{"How many people were evicted from the Quarry Lane blocks?", true},
	} {
		res, err := e.Ask(ctx, Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Abstained != tc.abstain {
			t.Errorf("%q: abstained = %v, want %v (%s)", tc.q, res.Abstained, tc.abstain, res.Answer)
		}
	}
}
