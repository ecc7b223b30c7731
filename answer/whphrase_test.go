package answer

import "testing"

// TestQuestionTypeAfterPreposition reads the answer type of a wh-phrase
// behind a preposition ("By how much", "To whom").
func TestQuestionTypeAfterPreposition(t *testing.T) {
	checkQuestionTypes(t, []questionTypeCase{
		{"By how much will the levy rise next spring?", numberType},
		{"By when must tenants leave the block?", timeType},
		{"To whom did the trust sell the mill?", personType},
		{"In which year did the ferry last sail?", timeType},
		{"For how long was the bridge shut?", durationType},
		{"From where did the convoy set out?", placeType},
		// A preposition that opens no wh-phrase changes nothing.
		{"In the end, who paid for the roof?", anyType},
	})
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

// answerableCase is a question and whether the judgement should find it
// answerable.
type answerableCase struct {
	q    string
	want bool
}

// checkAnswerable checks the answerability judgement of each question.
func checkAnswerable(t *testing.T, e *Engine, tests []answerableCase) {
	t.Helper()
	for _, tt := range tests {
		if got := judgeOf(t, e, tt.q).answerable; got != tt.want {
			t.Errorf("%q: answerable = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestAskedNounBeforeVerb(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Which board member voted against the cut?", "member"},
		{"Which firm audited the accounts?", "firm"},
		{"Which cloud provider did the company move to?", "provider"},
		{"Which battery makers signed contracts with Corvane?", "makers"},
	}
	for _, tt := range tests {
		if got := askedNoun(tt.q); got != tt.want {
			t.Errorf("askedNoun(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestNameBesideSkipsTheAskedName(t *testing.T) {
	tests := []struct {
		noun, q, s string
		want       bool
	}{
		// "Systems" continues the name the question gives; "Ohio-based"
		// describes.
		{"makers", "Which battery makers signed contracts with Corvane?", "Corvane Systems, the Ohio-based maker of industrial sensors, reported a profit.", false},
		{"makers", "Which battery makers signed contracts with Corvane?", "Corvane signed with two battery makers, Voltra and Cellhaus.", true},
	}
	for _, tt := range tests {
		if got := nameBeside(tt.noun, tt.q, tt.s); got != tt.want {
			t.Errorf("nameBeside(%q, %q) = %v, want %v", tt.noun, tt.s, got, tt.want)
		}
	}
}

func TestCompoundModifierIsNoAskedRole(t *testing.T) {
	checkQuestionTypes(t, []questionTypeCase{
		// "teacher" modifies "ratio": a ratio is asked for, not a person.
		{"What teacher-to-pupil ratio does the union call safe?", anyType},
		{"Which teacher retired in June?", personType},
	})
}

func TestDurationInWordsAboveTwelve(t *testing.T) {
	for _, s := range []string{"She has kept bees for seventeen years.", "The ferry crossing takes fourteen minutes.", "It ran for sixty days."} {
		if !hasAnswerType(durationType, "How long has she kept bees?", s) {
			t.Errorf("%q: no stretch of time found", s)
		}
	}
}

func TestDocumentLength(t *testing.T) {
	e := offlineEngine(t, `Inspectors fault ferry operator
Marine inspectors on Thursday published a 46-page report on the Kessel ferry fire.
The operator's reply, which runs to nine pages, disputes two of its findings.`)
	for _, q := range []string{"How long was the inspectors' report?", "How long is the operator's reply?"} {
		if !judgeOf(t, e, q).answerable {
			t.Errorf("%q: a length in pages did not answer", q)
		}
	}
}

// questionTypeCase is a question and the answer type it asks for.
type questionTypeCase struct {
	q    string
	want answerType
}

// checkQuestionTypes checks questionType on every case.
func checkQuestionTypes(t *testing.T, tests []questionTypeCase) {
	t.Helper()
	for _, tt := range tests {
		if got := questionType(tt.q); got != tt.want {
			t.Errorf("questionType(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}
