package answer

import (
	"context"
	"testing"
)

// A sentence that opens with a pronoun is about the person it stands for:
// the fact it states answers a question that names that person.
func TestAboutThePersonAPronounStandsFor(t *testing.T) {
	e := offlineEngine(t, `Bakers on Quay Street are bracing for a second year of rising flour prices.

Lena Varga has baked bread on Quay Street since 1994. Her sourdough rises for 30 hours before it goes into the oven.

Tomas Brill, who runs the cafe next door, buys forty loaves a day from her.
`)
	for _, tc := range []struct {
		q        string
		answered bool
	}{
		{"How long does Lena Varga's sourdough rise?", true},
		{"When did Lena Varga's sourdough win a prize?", false},
	} {
		res, err := e.Ask(context.Background(), Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := !res.Abstained; got != tc.answered {
			t.Errorf("%q: answered %v, want %v (%q)", tc.q, got, tc.answered, res.Answer)
		}
		if tc.answered && (len(res.Citations) == 0 || res.Citations[0].Paragraph != 2) {
			t.Errorf("%q: citations %v, want ¶2", tc.q, res.Citations)
		}
	}
}

// A question that names a person by a role the article describes them by
// ("the owner") is about them in a sentence that uses that role, even
// where the article's fuller description ("owner of Varden Marine, the
// boatyard") is not whole: a lead describes its subject before naming
// them.
func TestAboutThePersonTheQuestionNamesByRole(t *testing.T) {
	e := offlineEngine(t, `Boatyard owner fined after crane collapse

Magistrates in Port Asker have fined a boatyard owner £80,000 after a crane he had been told to replace fell onto a slipway.

They heard that Hollis Varden (61), of Quay Terrace, Port Asker, the owner of Varden Marine, the town's last boatyard, had been warned twice.

The crane had been bought second-hand in 2019.
`)
	for _, tc := range []struct {
		q        string
		answered bool
	}{
		{"How much was the owner fined?", true},
		{"How many boats has the owner built?", false},
		{"Where was the owner born?", false},
	} {
		res, err := e.Ask(context.Background(), Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := !res.Abstained; got != tc.answered {
			t.Errorf("%q: answered %v, want %v (%q)", tc.q, got, tc.answered, res.Answer)
		}
	}
}
