package answer

import (
	"context"
	"strings"
	"testing"
)

// An aspectual verb ("begin", "last") asks about its subject's event: the
// event's noun with a date or a length answers, whatever its verb; "last
// month" is no lasting.
func TestAspectualVerbsAskAboutTheirSubject(t *testing.T) {
	e := offlineEngine(t, `Holt fraud case: judge refuses to dismiss charges

The county court set jury selection in the Holt fraud case for May 12, rejecting a defence motion to dismiss the charges.

The defence argued last month that prosecutors had waited two years too long to bring the Holt case. Judge Ana Petrov disagreed in a 30-page ruling.

The three-week strike by court clerks ended in March.
`)
	for _, tc := range []struct {
		q        string
		answered bool
		para     int
	}{
		{"When does jury selection in the Holt case begin?", true, 2},
		{"How long did the clerks' strike last?", true, 4},
	} {
		res, err := e.Ask(context.Background(), Request{Question: tc.q}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := !res.Abstained; got != tc.answered {
			t.Errorf("%q: answered %v, want %v (%q)", tc.q, got, tc.answered, res.Answer)
		}
		if tc.answered && (len(res.Citations) == 0 || res.Citations[0].Paragraph != tc.para) {
			t.Errorf("%q: citations %v, want ¶%d", tc.q, res.Citations, tc.para)
		}
	}
	// The event's absence, signal by signal: "last month" states no
	// lasting, and a sentence without the trial states none of its.
	ctx := context.Background()
	for _, tc := range []struct {
		q, verb string
		para    int
		want    float64
	}{
		{"How long is the Holt trial expected to last?", "last", 3, 1},
		{"How long did the clerks' strike last?", "last", 4, 0},
		{"When does jury selection in the Holt case begin?", "begin", 2, 0},
		{"When does jury selection in the Holt case begin?", "begin", 3, 1},
	} {
		r, err := e.retrieve(ctx, tc.q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		f := e.focusOf(tc.q, r.speakers)
		for _, c := range e.candidates(r) {
			if c.sent.Para == tc.para && c.sent.ID == firstSentence(e, tc.para) {
				if got := f.eventAbsence(tc.q, tc.verb, c); got != tc.want {
					t.Errorf("%q in ¶%d: eventAbsence = %v, want %v", tc.q, tc.para, got, tc.want)
				}
			}
		}
	}
}

// firstSentence returns the ID of paragraph n's first sentence.
func firstSentence(e *Engine, n int) int {
	for _, s := range e.art.Sentences {
		if s.Para == n {
			return s.ID
		}
	}
	return -1
}

func TestModifiesTime(t *testing.T) {
	for _, tc := range []struct {
		w, s string
		want bool
	}{
		{"last", "The defence argued last month that the case was late.", true},
		{"last", "The hearing was held last Tuesday.", true},
		{"last", "The hearing will last two days.", false},
		{"last", "Nothing happened.", false},
	} {
		if got := modifiesTime(tc.w, tc.s); got != tc.want {
			t.Errorf("modifiesTime(%q, %q) = %v, want %v", tc.w, tc.s, got, tc.want)
		}
	}
}

// A figure in a paragraph that never names the question's year is another
// year's.
func TestYearMissing(t *testing.T) {
	para := map[string]bool{"storm": true, "flood": true, "2019": true}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"How many homes did the 1998 storm flood?", true},
		{"How many homes did the 2019 storm flood?", false},
		{"How many homes did the storm flood?", false},
	} {
		if got := yearMissing(tc.q, para); got != tc.want {
			t.Errorf("yearMissing(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// An aspectual verb with an object asks about the object's event: "When
// will the mill resume shipments?" is not answered by the mill's founding
// date.
func TestAspectualVerbsWithAnObject(t *testing.T) {
	e := offlineEngine(t, `Flooded mill halts shipments

The Corran paper mill, a fixture of the riverbank since 1962, was flooded on Sunday.

Shipments from the mill are halted until the yard is dry, its owner said.
`)
	res, err := e.Ask(context.Background(), Request{Question: "When will the Corran paper mill resume shipments to its buyers?"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Abstained && strings.Contains(res.Answer, "1962") {
		t.Errorf("answered with the mill's founding date: %q", res.Answer)
	}
	for _, tc := range []struct{ q, want string }{
		{"When will the mill resume shipments to its buyers?", "shipments"},
		{"When does the crew start work?", "work"},
		{"When does jury selection begin?", ""},
		{"When does the fair start this year?", ""},
	} {
		v := strings.Fields(strings.TrimSuffix(tc.q, "?"))
		verb := ""
		for _, w := range v {
			if isAspectual(strings.ToLower(w)) {
				verb = strings.ToLower(w)
			}
		}
		if got := objectHead(tc.q, verb); got != tc.want {
			t.Errorf("objectHead(%q, %q) = %q, want %q", tc.q, verb, got, tc.want)
		}
	}
}
