package answer

import (
	"context"
	"testing"
)

func TestDoneAlready(t *testing.T) {
	for _, tc := range []struct {
		q, s string
		want bool
	}{
		{"When will the ferry resume?", "Sailings resumed at dawn on Friday, but the night ferry stays cancelled.", true},
		{"When will the depot be rebuilt?", "The old depot was rebuilt in 1974 after a storm.", true},
		{"When will the ferry resume?", "The ferry is expected to resume on Friday.", false},                 // a plan
		{"When will the ferry resume?", "Sailings resumed on Friday and will resume nightly in May.", false}, // the future too
		{"When did the ferry resume?", "Sailings resumed at dawn on Friday.", false},                         // a past question
		{"When will the ferry resume?", "The strike began on Friday.", false},                                // another verb
		{"When will the fair take place?", "The vote, taken by a show of hands on Monday, lets the fair go ahead.", false},
		{"When will the fair take place?", "The fair took place on Saturday.", true},
		{"When will the nephew take over?", "The nephew took the keys on Monday.", false},
		{"When will the nephew take over?", "The nephew took over on Monday.", true},
	} {
		if got := doneAlready(tc.q, tc.s); got != tc.want {
			t.Errorf("doneAlready(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
}

func TestPastEventDatesNoFutureOne(t *testing.T) {
	e := offlineEngine(t, "Canal towpath partly open\n\nThe eastern half of the canal towpath reopened at first light on Thursday, but the western half by the lock remains fenced off, and walkers are asked to keep clear.\n\nThe canal trust employs twelve rangers.\n")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"When will the western half of the towpath reopen?", false},
		{"When did the eastern half of the towpath reopen?", true},
	} {
		r, err := e.retrieve(context.Background(), tc.q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.judge(tc.q, e.candidates(r), e.focusOf(tc.q, r.speakers)).answerable; got != tc.want {
			t.Errorf("judge(%q).answerable = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestPastReportAnswersNoWillQuestion(t *testing.T) {
	e := offlineEngine(t, "Ferry operator results\n\nFreight sales at the ferry operator fell 8 percent last year after a large haulier moved its trailers to rail, and the board sold two of its older freight ships.\n\nThe operator said it would keep the night crossing to the islands until March.\n\nThe operator carries two million passengers a year.\n")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Will the operator sell its freight ships?", false},
		{"Will the operator keep the night crossing?", true},
	} {
		r, err := e.retrieve(context.Background(), tc.q, e.sources)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.judge(tc.q, e.candidates(r), e.focusOf(tc.q, r.speakers)).answerable; got != tc.want {
			t.Errorf("judge(%q).answerable = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestPastReportNamesNoFutureDoer(t *testing.T) {
	e := offlineEngine(t, "Dredger up for sale\n\nOsric Pell, who runs a salvage yard at Kell Point, purchased the harbour trust's old tug in 2019 and bid for its old dredger last year.\n\nThe trust employs thirty staff.\n")
	q := "Who will buy the old dredger?"
	r, err := e.retrieve(context.Background(), q, e.sources)
	if err != nil {
		t.Fatal(err)
	}
	if e.judge(q, e.candidates(r), e.focusOf(q, r.speakers)).answerable {
		t.Errorf("judge(%q).answerable = true, want false", q)
	}
}
