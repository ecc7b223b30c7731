package answer

import (
	"strings"
	"testing"

	"articlebot/retrieval"
)

// A made-up club story: the club is named in one sentence, its secretary
// in the next by "Its"; a later sentence opens with "Its" after a
// sentence about someone else.
const possessiveClub = `Rowing club wins river lease
The Harbour Rowing Club has won a ten-year lease on the old boathouse.
The Harbour Rowing Club said it now had 300 members. Its secretary, Nell Brandt, signed the lease on Monday.
The council's parks officer, Dev Marr, spoke at the signing. Its terms were not published.`

func TestPossessiveAfterTheBody(t *testing.T) {
	e := offlineEngine(t, possessiveClub)
	q := "Who is the secretary of the Harbour Rowing Club?"
	r, err := e.retrieve(t.Context(), q, e.sources)
	if err != nil {
		t.Fatal(err)
	}
	f := e.focusOf(q, r.speakers)
	for _, tt := range []struct {
		opens string
		want  bool
	}{
		{"Its secretary", true}, // after a sentence naming the club
		{"Its terms", false},    // after a sentence about someone else
	} {
		for _, s := range e.art.Sentences {
			if !strings.HasPrefix(s.Text, tt.opens) {
				continue
			}
			terms := map[string]bool{}
			for _, x := range retrieval.Terms(s.Text) {
				terms[x] = true
			}
			if got := e.possessiveOf(f, candidate{sent: s, terms: terms}); got != tt.want {
				t.Errorf("possessiveOf(%q) = %v, want %v", s.Text, got, tt.want)
			}
		}
	}
}

func TestAsksRoleOf(t *testing.T) {
	s := "Its secretary, Nell Brandt, signed the lease on Monday."
	if !asksRoleOf("Who is the secretary of the rowing club?", s) {
		t.Errorf("the secretary asked for: not the role the sentence opens with")
	}
	if asksRoleOf("What did the rowing club sign?", s) {
		t.Errorf("the club's deed asked for: taken for the secretary's role")
	}
}
