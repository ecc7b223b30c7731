package answer

import (
	"context"
	"testing"
)

func TestPossessiveNamesNoOne(t *testing.T) {
	e := offlineEngine(t, "Junior wins county rapid title\n\nFifteen-year-old Priya Nandakumar won the county rapid title on Sunday with a round to spare. \"My trainer told me to play fast and trust my hands,\" she said.\n\nThe club meets on Tuesdays.\n")
	q := "Who is Priya Nandakumar's trainer?"
	r, err := e.retrieve(context.Background(), q, e.sources)
	if err != nil {
		t.Fatal(err)
	}
	if e.judge(q, e.candidates(r), e.focusOf(q, r.speakers)).answerable {
		t.Errorf("judge(%q).answerable = true, want false", q)
	}
}
