package answer

import "testing"

func TestQuestionTypeAfterPreposition(t *testing.T) {
	tests := []struct {
		q    string
		want answerType
	}{
		{"By how much will the levy rise next spring?", numberType},
		{"By when must tenants leave the block?", timeType},
		{"To whom did the trust sell the mill?", personType},
		{"In which year did the ferry last sail?", timeType},
		{"For how long was the bridge shut?", durationType},
		{"From where did the convoy set out?", placeType},
		// A preposition that opens no wh-phrase changes nothing.
		{"In the end, who paid for the roof?", anyType},
	}
	for _, tt := range tests {
		if got := questionType(tt.q); got != tt.want {
			t.Errorf("questionType(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

// TestFutureAmountNotGiven: "By how much …?" asks for a figure, so a
// sentence that only says a decision is due does not answer it, while
// one that gives the figure does.
func TestFutureAmountNotGiven(t *testing.T) {
	e := offlineEngine(t, `Harbour dues held for now
The port board left harbour dues unchanged on Monday after a long debate.
The board will decide in March whether to raise the dues for cruise ships.
Its chair, Noor Haddad, said the board wanted to see summer bookings first.`)
	v := judgeOf(t, e, "By how much will the board raise the dues in March?")
	if v.answerable {
		t.Errorf("a decision still to come answered a question about its size")
	}
	e = offlineEngine(t, `Harbour dues to rise
The port board voted on Monday to raise harbour dues for cruise ships by 12 percent from March.
Its chair, Noor Haddad, said the rise would pay for a new pontoon.`)
	if v := judgeOf(t, e, "By how much will the board raise the dues?"); !v.answerable {
		t.Errorf("the rise of 12 percent did not answer how much the dues rise")
	}
}

// judgeOf runs retrieval and the answerability judgement for q.
func judgeOf(t *testing.T, e *Engine, q string) verdict {
	t.Helper()
	r, err := e.retrieve(t.Context(), q, e.sources)
	if err != nil {
		t.Fatal(err)
	}
	return e.judge(q, e.candidates(r), e.focusOf(q, r.speakers))
}
