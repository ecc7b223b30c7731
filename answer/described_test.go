package answer

import (
	"context"
	"strings"
	"testing"
)

// A made-up match report that goes on about its scorer by what she is.
const describedScorer = `Eastvale beat Holm Rovers to reach the final
Mira Solberg scored twice as Eastvale beat Holm Rovers 2-0 on Saturday to reach their first league cup final.

The striker, signed from Brackley in June, has scored 14 goals across every tournament this season.

Rovers manager Ken Adu said his side had missed their chances. The veteran, who joined in 2019, has 3 goals this season.`

func TestDescribedSubject(t *testing.T) {
	e := offlineEngine(t, describedScorer)
	res, err := e.Ask(context.Background(), Request{Question: "How many goals has Mira Solberg scored this season?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Abstained {
		t.Errorf("got an abstention %q, want the striker's 14 goals answered", res.Answer)
	}
	for _, tt := range []struct {
		q, sentence string
		want        bool
	}{
		{"How many goals has Mira Solberg scored this season?", "The striker", true},
		// The veteran follows a sentence about Adu, not Solberg.
		{"How many goals has Mira Solberg scored this season?", "The veteran", false},
		{"How many goals has Ken Adu scored this season?", "The veteran", true},
	} {
		r, err := e.retrieve(context.Background(), tt.q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		f := e.focusOf(tt.q, r.speakers)
		for _, s := range e.art.Sentences {
			if strings.HasPrefix(s.Text, tt.sentence) {
				if got := e.describedOf(f, candidate{sent: s}); got != tt.want {
					t.Errorf("%q: describedOf(%q) = %v, want %v", tt.q, s.Text, got, tt.want)
				}
			}
		}
	}
}
